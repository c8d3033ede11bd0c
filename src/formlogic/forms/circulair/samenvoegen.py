"""Taking partners' answers into a session: from answers files, or typed in by the regisseur.

Nothing already in the session is lost: answers of an organisation that is already there
are kept, replaced or joined only as the user chooses; a file for another session or another
set of questions is refused with the reason, file by file.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from formlogic.dutch import aantal
from formlogic._model import Conflict, Data, Incoming, Message, Option, Outcome, Parsed
from formlogic.forms.circulair.common import (
    MAX_ORGANISATIES, naam_van, normalize_antwoorden, normalize_sessie, org_key, vragen_van,
)
from formlogic.forms.circulair.analyse import answer_lines

BEHOUD, VERVANG, SAMEN = "behoud", "vervang", "samen"


def normalize_lijst(value: Any) -> list[dict[str, Any]]:
    """The session's `antwoorden`: one entry per organisation; never raises."""
    out = []
    for e in value if isinstance(value, list) else []:
        if isinstance(e, dict) and isinstance(e.get("organisatie"), str) and e["organisatie"].strip():
            out.append({
                "organisatie": e["organisatie"][:200],
                "bron": "ingetypt" if e.get("bron") == "ingetypt" else "bestand",
                "bestand": str(e.get("bestand", ""))[:200],
                "antwoorden": normalize_antwoorden(e.get("antwoorden")),
            })
    return out[:MAX_ORGANISATIES * 2]


def teksten(value: list[dict[str, Any]], data: Data) -> Iterator[tuple[str, str]]:
    """The answers taken in, each with where it came from, for the privacy scan."""
    nummer = {vid: i for i, (vid, _) in enumerate(vragen_van(data.get("vragen")), 1)}
    for e in value:
        yield "in de naam van een organisatie bij de ontvangen antwoorden", e["organisatie"]
        for vid, text in e["antwoorden"].items():
            op = f"op vraag {nummer[vid]}" if vid in nummer else "op een vraag die niet meer in de lijst staat"
            yield f"in het antwoord van {e['organisatie']} {op}", text


def aantal_antwoorden(antwoorden: Mapping[str, str]) -> int:
    return sum(len(answer_lines(t)) for t in antwoorden.values())


def _choice(key: str, org: str, bestaand: Mapping[str, Any], nieuw_van: str) -> Conflict:
    waar = f"uit {bestaand['bestand']}" if bestaand["bron"] == "bestand" and bestaand["bestand"] else "ingetypt"
    return Conflict(key, f"Van {org} staan al antwoorden in de sessie ({waar}). Welke antwoorden houdt u?", (
        Option(BEHOUD, "Houd de antwoorden die er al staan"),
        Option(VERVANG, f"Vervang ze door de antwoorden {nieuw_van}"),
        Option(SAMEN, "Voeg ze samen (een antwoord dat in beide staat, komt er één keer in)"),
    ))


def _joined(old: Mapping[str, str], new: Mapping[str, str]) -> dict[str, str]:
    out = dict(old)
    for vid, text in new.items():
        lines = answer_lines(out.get(vid, ""))
        extra = [line for line in answer_lines(text) if line not in lines]
        out[vid] = "\n".join(lines + extra)
    return out


def _place(entries: list[dict[str, Any]], entry: dict[str, Any], key: str,
           keuzes: Mapping[str, str], nieuw_van: str) -> Conflict | str:
    """Puts one organisation's answers into `entries`; a Conflict when the user must choose,
    else what happened, in Dutch."""
    org = entry["organisatie"]
    at = next((i for i, e in enumerate(entries) if org_key(e["organisatie"]) == org_key(org)), None)
    if at is None:
        entries.append(entry)
        return f"de antwoorden van {org} zijn toegevoegd ({aantal(aantal_antwoorden(entry['antwoorden']), 'antwoord', 'antwoorden')} " \
               f"bij {aantal(len(entry['antwoorden']), 'vraag', 'vragen')})."
    keuze = keuzes.get(key)
    if keuze not in (BEHOUD, VERVANG, SAMEN):
        return _choice(key, org, entries[at], nieuw_van)
    if keuze == VERVANG:
        entries[at] = entry
        return f"de antwoorden van {org} zijn vervangen."
    if keuze == SAMEN:
        before = aantal_antwoorden(entries[at]["antwoorden"])
        entries[at] = {**entries[at], "antwoorden": _joined(entries[at]["antwoorden"], entry["antwoorden"])}
        nieuw = aantal_antwoorden(entries[at]["antwoorden"]) - before
        return f"de antwoorden van {org} zijn samengevoegd ({aantal(nieuw, 'nieuw antwoord', 'nieuwe antwoorden')})."
    return f"de antwoorden van {org} die er al stonden, zijn gebleven."


def _refuse(naam: str, text: str) -> Message:
    return Message("error", f"{naam}: {text} Het is niet toegevoegd.")


def neem_bestanden_op(data: Data, files: list[Incoming], keuzes: Mapping[str, str]) -> Outcome:
    """The intake of answers files (form `circulair-antwoorden`) into a session."""
    entries = [dict(e) for e in data.get("antwoorden") or []]
    vragen = dict(vragen_van(data.get("vragen")))
    nummer = {vid: i for i, vid in enumerate(vragen, 1)}
    messages: list[Message] = []
    conflicts: list[Conflict] = []
    for i, f in enumerate(files):
        sessie = normalize_sessie(f.data.get("sessie"))
        org = naam_van(f.data)
        given = {vid: t for vid, t in normalize_antwoorden(f.data.get("antwoorden")).items() if answer_lines(t)}
        if not sessie["id"] or sessie["id"] != data.get("sessie_id"):
            waar = " ".join(x for x in (sessie["groep"], sessie["datum"]) if x) or "onbekend"
            messages.append(_refuse(f.name, f"Dit antwoordbestand hoort bij een andere sessie ({waar})."))
            continue
        if missing := [vid for vid in given if vid not in vragen]:
            tekst = next((v["tekst"] for v in sessie["vragen"] if v["id"] == missing[0]), missing[0])
            messages.append(_refuse(f.name, "Dit bestand hoort bij een andere vragenlijst: de vraag "
                                            f"'{tekst}' staat niet (meer) in deze sessie."))
            continue
        if not org:
            messages.append(_refuse(f.name, "In dit bestand staat geen organisatie."))
            continue
        if not given:
            messages.append(_refuse(f.name, f"Dit bestand van {org} bevat nog geen antwoorden."))
            continue
        entry = {"organisatie": org, "bron": "bestand", "bestand": f.name, "antwoorden": given}
        placed = _place(entries, entry, f"bestand-{i}", keuzes, f"uit {f.name}")
        if isinstance(placed, Conflict):
            conflicts.append(placed)
            continue
        veranderd = [nummer[v["id"]] for v in sessie["vragen"] if v["id"] in given and v["tekst"] != vragen[v["id"]]]
        extra = (f" Vraag {', '.join(map(str, veranderd))} is na het versturen aangepast; de antwoorden "
                 "staan bij de nieuwe tekst.") if veranderd else ""
        messages.append(Message("info", f"{f.name}: {placed}{extra}"))
    if conflicts:
        return Outcome(None, (), tuple(conflicts))
    changed = entries != list(data.get("antwoorden") or [])
    return Outcome({**data, "antwoorden": entries} if changed else None, tuple(messages))


def invoer_toevoegen(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: the answers the regisseur typed for an organisation go into the session."""
    org = (data.get("invoer_organisatie") or "").strip()
    given = {vid: t for vid, t in (data.get("invoer") or {}).items() if answer_lines(t)}
    if not org:
        return Outcome(None, (Message("error", "Vul eerst in van welke organisatie deze antwoorden zijn."),))
    if not given:
        return Outcome(None, (Message("error", f"Typ eerst minstens één antwoord van {org}."),))
    entries = [dict(e) for e in data.get("antwoorden") or []]
    entry = {"organisatie": org, "bron": "ingetypt", "bestand": "", "antwoorden": given}
    placed = _place(entries, entry, "invoer", args.get("keuzes") or {}, "die u net typte")
    if isinstance(placed, Conflict):
        return Outcome(None, (), (placed,))
    if (args.get("keuzes") or {}).get("invoer") == BEHOUD:  # the typed text stays where it is too
        return Outcome(None, (Message("info", placed[:1].upper() + placed[1:]),))
    cleared = {**data, "antwoorden": entries, "invoer_organisatie": "", "invoer": {}}
    return Outcome(cleared, (Message("info", f"De antwoorden van {org} staan nu bij de sessie."),))


def _entry_of(data: Data, org: str) -> int | None:
    return next((i for i, e in enumerate(data.get("antwoorden") or []) if org_key(e["organisatie"]) == org_key(org)), None)


def antwoorden_verwijderen(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: remove an organisation's answers, after the user said yes."""
    at = _entry_of(data, args.get("arg", ""))
    if at is None:
        return Outcome(None, (Message("error", "Deze antwoorden staan niet (meer) in de sessie."),))
    org = data["antwoorden"][at]["organisatie"]
    if (args.get("keuzes") or {}).get("verwijderen") != "ja":
        return Outcome(None, (), (Conflict("verwijderen", f"Wilt u de antwoorden van {org} uit de sessie halen?", (
            Option("nee", "Nee, laat ze staan"), Option("ja", f"Ja, haal de antwoorden van {org} weg"))),))
    entries = [e for i, e in enumerate(data["antwoorden"]) if i != at]
    return Outcome({**data, "antwoorden": entries}, (Message("info", f"De antwoorden van {org} zijn uit de sessie gehaald."),))


def antwoorden_bewerken(data: Data, parsed: Parsed, args: Mapping[str, Any]) -> Outcome:
    """Action: put an organisation's answers back into the typing fields, to change them there."""
    at = _entry_of(data, args.get("arg", ""))
    if at is None:
        return Outcome(None, (Message("error", "Deze antwoorden staan niet (meer) in de sessie."),))
    entry = data["antwoorden"][at]
    typed = (data.get("invoer_organisatie") or "").strip() or any(answer_lines(t) for t in (data.get("invoer") or {}).values())
    if typed and (args.get("keuzes") or {}).get("overschrijven") != "ja":
        return Outcome(None, (), (Conflict("overschrijven", "In de velden om antwoorden in te typen staat al tekst. "
                                           "Wilt u die vervangen?", (
            Option("nee", "Nee, laat de getypte tekst staan"),
            Option("ja", f"Ja, zet daar de antwoorden van {entry['organisatie']}"))),))
    entries = [e for i, e in enumerate(data["antwoorden"]) if i != at]
    vragen = [vid for vid, _ in vragen_van(data.get("vragen"))]
    zonder_vraag = [vid for vid in entry["antwoorden"] if vid not in vragen and answer_lines(entry["antwoorden"][vid])]
    if zonder_vraag:
        return Outcome(None, (Message("error", f"Bij de antwoorden van {entry['organisatie']} horen vragen die niet meer "
                                               "in de lijst staan. Zet die vragen eerst terug."),))
    new = {**data, "antwoorden": entries, "invoer_organisatie": entry["organisatie"], "invoer": dict(entry["antwoorden"])}
    return Outcome(new, (Message("info", f"De antwoorden van {entry['organisatie']} staan nu in de velden om te typen. "
                                         "Zet ze daarna weer bij de sessie."),))

