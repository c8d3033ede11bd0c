"""The short Dutch installation note for ICT teams (INSTALLATIE.txt next to the zip)."""
from __future__ import annotations

from datetime import date

from formlogic.dutch import lange_datum


def installation_note(version: str, built: date, zip_name: str, sbom_name: str, base: str) -> str:
    return f"""Jeugdgroepen Kennisbank {version}, gebouwd op {lange_datum(built)}
Installatie voor de ICT-afdeling

1. Controleer de bestanden
   In deze map staat SHA256SUMS met de controlegetallen van {zip_name},
   {sbom_name} en dit bestand.
   - Linux:   sha256sum -c SHA256SUMS   (elke regel moet OK zeggen)
   - Windows: Get-FileHash {zip_name} -Algorithm SHA256
              (PowerShell; vergelijk het getal met de regel in SHA256SUMS)

2. Zet de site neer
   Pak {zip_name} uit in de hoofdmap van de webserver. U krijgt de map
   jeugdgroepen/. De site hoort op het adres {base}, bijvoorbeeld
   https://intranet.example{base}
   Een andere plek kan ook: zie op de site Meer > Hosten op een intranet >
   Een andere plek (dan past u de regel voor de foutpagina aan).
   Er is geen database en geen serverprogramma nodig, en geen internet.
   Na het uitpakken kunt u de map zelf controleren:
   cd jeugdgroepen && sha256sum -c beheer/SHA256SUMS

3. Stel de webserver in
   In jeugdgroepen/beheer/ staan kant-en-klare instellingen:
   - nginx:  nginx.conf opnemen in het location-blok van {base}
             (met de Brotli-module ook nginx-brotli.conf);
   - Apache: apache.htaccess als .htaccess in de map, of in het
             <Directory>-blok (mod_headers, mod_mime, mod_rewrite);
   - IIS:    web.config in de map.
   Ze sturen de beveiligingskoppen uit beheer/headers.txt mee (ook de
   Content-Security-Policy; die hoort bij precies deze versie), geven
   .mjs als text/javascript en .wasm als application/wasm, laten de
   browser vaste bestanden een jaar bewaren, en sturen voor een onbekend
   adres de foutpagina 404.html met status 404.
   Gebruik bij voorkeur HTTPS.

4. Controleer de site
   - Open {base}beheer/versie.json: daar staat versie {version}.
   - Open een formulier. Na enkele seconden staat er: De controle is klaar.
   - Meer uitleg staat op de site zelf: Meer > Hosten op een intranet.

Onderdelen van anderen (met versie en licentie): {sbom_name}
(CycloneDX-formaat).
"""
