{#- Cover of the printed handbook (mkdocs-print-site-plugin, add_cover_page). -#}
<div class="kb-voorblad">
  <p class="kb-voorblad-titel">{{ config.site_name }}</p>
  <p><strong>Het handboek om te printen</strong></p>
  <p>{{ config.site_description }}</p>
  <p>Alle pagina's van de kennisbank achter elkaar. De formulieren werken alleen op de site;
  de oefening <em>Welke stap?</em> en de hand-outs print u los.</p>
  <p>{{ config.copyright }}</p>
</div>
