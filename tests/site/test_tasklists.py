from hooks.tasklists import label_checkboxes


def test_checkbox_gets_the_item_text_as_its_name():
    src = ('<li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled/>'
           '<span class="task-list-indicator"></span></label> De <abbr title="x">PvA</abbr> is &amp; klaar.</li>')
    out = label_checkboxes(src)
    assert '<input type="checkbox" aria-label="De PvA is &amp; klaar." disabled/>' in out
    assert out.endswith("</label> De <abbr title=\"x\">PvA</abbr> is &amp; klaar.</li>")


def test_nested_list_text_stays_out_of_the_parent_label():
    src = ('<li class="task-list-item"><label class="task-list-control"><input type="checkbox"/>'
           '<span class="task-list-indicator"></span></label> Ouder<ul><li>kind</li></ul></li>')
    assert 'aria-label="Ouder"' in label_checkboxes(src)


def test_built_pages_have_no_unnamed_checkboxes(built_site):
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        unnamed = [m for m in text.split('<label class="task-list-control"><input type="checkbox"')[1:]
                   if not m.startswith(" aria-label=")]
        assert unnamed == [], page
