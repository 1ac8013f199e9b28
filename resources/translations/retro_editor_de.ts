<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="48"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="48"/>
        <source>Create a new article project</source>
        <translation>Ein neues Artikelprojekt anlegen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="50"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="50"/>
        <source>Open a project folder, .retro file or .md file</source>
        <translation>Einen Projektordner, eine .retro- oder .md-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="52"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="52"/>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="53"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="54"/>
        <source>Save a copy of the project in a new folder</source>
        <translation>Eine Kopie des Projekts in einem neuen Ordner speichern</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="55"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="55"/>
        <source>Export the article</source>
        <translation>Den Artikel exportieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="57"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="60"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="61"/>
        <source>Cu&amp;t</source>
        <translation>Ausschnei&amp;den</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="63"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="64"/>
        <source>Paste; a web page or word-processor text comes in as Markdown</source>
        <translation>Einfügen, wobei Text aus Webseiten oder Textverarbeitungen zu Markdown wird</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="65"/>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>Als reinen &amp;Text einfügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="66"/>
        <source>Paste only the text, without headings, emphasis or links</source>
        <translation>Nur den Text einfügen, ohne Überschriften, Hervorhebungen oder Links</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="67"/>
        <source>Download &amp;Web Images</source>
        <translation>&amp;Bilder aus dem Web laden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="68"/>
        <source>Copy the images the article links on the web into assets/ and link the copies</source>
        <translation>Die im Web verlinkten Bilder des Artikels nach assets/ kopieren und die Kopien verlinken</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="70"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="71"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="72"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="73"/>
        <source>Pr&amp;eferences…</source>
        <translation>Einstell&amp;ungen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="74"/>
        <source>Editor, appearance, interface language, spelling, saving and backups</source>
        <translation>Editor, Erscheinungsbild, Sprache der Oberfläche, Rechtschreibung, Speichern und Sicherungen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="76"/>
        <source>&amp;Outline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="77"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="78"/>
        <source>&amp;Side Panel</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="79"/>
        <source>&amp;History</source>
        <translation>Ve&amp;rlauf</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="80"/>
        <source>The project's versions: compare them and restore a section</source>
        <translation>Die Fassungen des Projekts: vergleichen und einen Abschnitt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="81"/>
        <source>Zoom &amp;In</source>
        <translation>Vergrößer&amp;n</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="82"/>
        <source>Zoom O&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="83"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="84"/>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="85"/>
        <source>Dim everything but the paragraph being written</source>
        <translation>Alles außer dem Absatz, an dem Sie schreiben, abblenden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="86"/>
        <source>&amp;Typewriter Scrolling</source>
        <translation>Schreibmaschinen-&amp;Bildlauf</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="87"/>
        <source>Keep the line being written at the middle of the editor</source>
        <translation>Die Zeile, an der Sie schreiben, in der Mitte des Editors halten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="88"/>
        <source>&amp;Distraction-Free Full Screen</source>
        <translation>&amp;Ablenkungsfreier Vollbildmodus</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="89"/>
        <source>Only the editor, full screen; Esc leaves</source>
        <translation>Nur der Editor im Vollbild; Esc beendet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="90"/>
        <source>&amp;Image…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="91"/>
        <source>Copy an image into the project and link it</source>
        <translation>Ein Bild ins Projekt kopieren und verlinken</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="92"/>
        <source>&amp;Section</source>
        <translation>&amp;Abschnitt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="92"/>
        <source>Add a section after the current one</source>
        <translation>Einen Abschnitt nach dem aktuellen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="93"/>
        <source>&amp;Footnote</source>
        <translation>&amp;Fußnote</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="94"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="95"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="95"/>
        <source>Edit the article's metadata</source>
        <translation>Die Metadaten des Artikels bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="96"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Ziele…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="97"/>
        <source>Set the article's word goal and deadline, and the session's goal</source>
        <translation>Wortziel und Abgabetermin des Artikels sowie das Sitzungsziel festlegen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="98"/>
        <source>&amp;Check Project</source>
        <translation>Projekt &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="99"/>
        <source>Look for broken images and invalid fields</source>
        <translation>Nach defekten Bildern und ungültigen Feldern suchen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="100"/>
        <source>Check &amp;Links</source>
        <translation>&amp;Links prüfen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="101"/>
        <source>Check every link of the article, the related news and the canonical URL</source>
        <translation>Jeden Link des Artikels, der verwandten Meldungen und die kanonische URL prüfen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="102"/>
        <source>Show Project &amp;Folder</source>
        <translation>Projekt&amp;ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="103"/>
        <source>&amp;Name This Version…</source>
        <translation>Diese Fassung &amp;benennen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="104"/>
        <source>Save and give this version a name, like “Sent to editor”</source>
        <translation>Speichern und dieser Fassung einen Namen geben, etwa „An die Redaktion geschickt“</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="105"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="106"/>
        <source>Send and bring in versions through a git repository: the same project on every machine</source>
        <translation>Fassungen über ein Git-Repository senden und holen: dasselbe Projekt auf jedem Computer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="108"/>
        <source>Restore &amp;Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="109"/>
        <source>Bring back the whole project from a zip backup (to compare versions or restore one section, use View → History)</source>
        <translation>Das ganze Projekt aus einer ZIP-Sicherung zurückholen (um Fassungen zu vergleichen oder einen Abschnitt wiederherzustellen: Ansicht → Verlauf)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="111"/>
        <source>Backup P&amp;references…</source>
        <translation>Sicherungsein&amp;stellungen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="112"/>
        <source>How often backups are made and how many are kept</source>
        <translation>Wie oft Sicherungen angelegt und wie viele aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="113"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="114"/>
        <source>How Retro Editor works, page by page</source>
        <translation>Wie Retro Editor funktioniert, Seite für Seite</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="115"/>
        <source>&amp;Markdown Cheat Sheet</source>
        <translation>&amp;Markdown-Spickzettel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="116"/>
        <source>The Markdown the editor understands, with what each piece becomes</source>
        <translation>Das Markdown, das der Editor versteht, und was aus jedem Teil wird</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="117"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="118"/>
        <source>Every command with its keyboard shortcuts</source>
        <translation>Alle Befehle mit ihren Tastenkürzeln</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="119"/>
        <source>&amp;About Retro Editor</source>
        <translation>Über Retro &amp;Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="124"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="125"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="126"/>
        <source>Inline &amp;Code</source>
        <translation>Inline-&amp;Code</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="127"/>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Durchgestrichen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="128"/>
        <source>Insert &amp;Link</source>
        <translation>&amp;Link einfügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="129"/>
        <source>Body &amp;Text</source>
        <translation>Fließ&amp;text</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="130"/>
        <source>Heading &amp;1</source>
        <translation>Überschrift &amp;1</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="131"/>
        <source>Heading &amp;2</source>
        <translation>Überschrift &amp;2</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="132"/>
        <source>Heading &amp;3</source>
        <translation>Überschrift &amp;3</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="133"/>
        <source>Heading &amp;4</source>
        <translation>Überschrift &amp;4</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="134"/>
        <source>Heading &amp;5</source>
        <translation>Überschrift &amp;5</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="135"/>
        <source>Heading &amp;6</source>
        <translation>Überschrift &amp;6</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="145"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="149"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="151"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="154"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="158"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>ArticleTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="88"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="111"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="112"/>
        <source>Su&amp;btitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="112"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="113"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="113"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="115"/>
        <source>Publi&amp;shed:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="115"/>
        <source>Published date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="118"/>
        <source>Up&amp;dated:</source>
        <translation>A&amp;ktualisiert:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="118"/>
        <source>Last updated date</source>
        <translation>Datum der letzten Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="120"/>
        <source>A date like 1999-03-14, or just 1999-03 or 1999; Alt+Down opens a calendar</source>
        <translation>Ein Datum wie 1999-03-14 oder nur 1999-03 oder 1999; Alt+Ab öffnet einen Kalender</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="125"/>
        <source>↺ Follow title</source>
        <translation>↺ Dem Titel folgen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="126"/>
        <source>Make the slug follow the title</source>
        <translation>Den Slug dem Titel folgen lassen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="127"/>
        <source>Derive the slug from the title again</source>
        <translation>Den Slug wieder aus dem Titel ableiten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="134"/>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="134"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="135"/>
        <source>The last part of the page's web address; it follows the title until you edit it</source>
        <translation>Der letzte Teil der Webadresse der Seite; er folgt dem Titel, bis Sie ihn bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="142"/>
        <source>Summary length</source>
        <translation>Länge der Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="149"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="149"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="151"/>
        <source>The description shown by search engines and link previews</source>
        <translation>Die Beschreibung, die Suchmaschinen und Link-Vorschauen zeigen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="154"/>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="154"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="155"/>
        <source>music video, 2001, animation</source>
        <translation>Musikvideo, 2001, Animation</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="156"/>
        <source>Separate tags with commas</source>
        <translation>Schlagwörter durch Kommas trennen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="157"/>
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="157"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="158"/>
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="158"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="160"/>
        <source>A language tag such as en, fr or pt-BR</source>
        <translation>Ein Sprachkürzel wie en, fr oder pt-BR</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="166"/>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="167"/>
        <source>Choose a cover image</source>
        <translation>Ein Titelbild auswählen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="168"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="169"/>
        <source>Remove the cover image</source>
        <translation>Das Titelbild entfernen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="184"/>
        <source>Cover image:</source>
        <translation>Titelbild:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="184"/>
        <source>Cover image</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="187"/>
        <source>Canonical &amp;URL:</source>
        <translation>Kanonische &amp;URL:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="188"/>
        <source>Canonical URL</source>
        <translation>Kanonische URL</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="190"/>
        <source>The page's main address, if it is also published elsewhere (http or https)</source>
        <translation>Die Hauptadresse der Seite, falls sie auch anderswo veröffentlicht wird (http oder https)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="239"/>
        <source>{field} problem</source>
        <translation>Problem bei {field}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="291"/>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="438"/>
        <source>{field} {problem}</source>
        <translation>{field} {problem}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="336"/>
        <source>The image could not be added: {reason}</source>
        <translation>Das Bild konnte nicht hinzugefügt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="461"/>
        <source>No summary yet — about {limit} characters suit search snippets</source>
        <translation>Noch keine Zusammenfassung — etwa {limit} Zeichen passen in Suchergebnis-Ausschnitte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="463"/>
        <source>{count} / {limit} characters — a little short for search snippets</source>
        <translation>{count} / {limit} Zeichen — etwas kurz für Suchergebnis-Ausschnitte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="465"/>
        <source>{count} / {limit} characters — good for search snippets</source>
        <translation>{count} / {limit} Zeichen — gut für Suchergebnis-Ausschnitte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="467"/>
        <source>{count} / {limit} characters — search engines will cut it short</source>
        <translation>{count} / {limit} Zeichen — Suchmaschinen werden sie kürzen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="477"/>
        <source>Pick an image; it is copied into the project's assets folder</source>
        <translation>Wählen Sie ein Bild; es wird in den Ordner „assets“ des Projekts kopiert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="478"/>
        <source>Images can be added once the project is open</source>
        <translation>Bilder können hinzugefügt werden, sobald das Projekt geöffnet ist</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="490"/>
        <source>The file {path} is missing</source>
        <translation>Die Datei {path} fehlt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="497"/>
        <source>No cover image</source>
        <translation>Kein Titelbild</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="508"/>
        <source>The file {path} is not an image this editor can show</source>
        <translation>Die Datei {path} ist kein Bild, das dieser Editor anzeigen kann</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../src/retro_editor/ui/autosave.py" line="127"/>
        <source>Autosave works again: the project is saved.</source>
        <translation>Das automatische Speichern funktioniert wieder: Das Projekt ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/autosave.py" line="132"/>
        <source>Autosave failed: {error}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="27"/>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="50"/>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="141"/>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="147"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="28"/>
        <source>Replace the project's files with the backup of {when}?</source>
        <translation>Die Dateien des Projekts durch die Sicherung vom {when} ersetzen?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="30"/>
        <source>The files as they are now are backed up first.</source>
        <translation>Die Dateien in ihrem jetzigen Zustand werden vorher gesichert.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="32"/>
        <source>Your unsaved changes will be lost.</source>
        <translation>Ihre ungespeicherten Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="34"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="54"/>
        <source>Choose the version to bring back:</source>
        <translation>Wählen Sie die Fassung, die zurückgeholt werden soll:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="58"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="72"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="125"/>
        <source>The backup failed: {error}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="141"/>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="148"/>
        <source>There are no backups of this project yet.</source>
        <translation>Von diesem Projekt gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="149"/>
        <source>Backups are made when the project is saved and closed. Every save is also a version in View → History, where one section can be compared and brought back.</source>
        <translation>Sicherungen werden angelegt, wenn das Projekt gespeichert und geschlossen wird. Jedes Speichern ist außerdem eine Fassung unter Ansicht → Verlauf, wo sich ein einzelner Abschnitt vergleichen und zurückholen lässt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="161"/>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="162"/>
        <source>The files as they were before are in the newest backup.</source>
        <translation>Die Dateien im vorherigen Zustand liegen in der neuesten Sicherung.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="169"/>
        <source>Restored the backup of {when}.</source>
        <translation>Die Sicherung vom {when} wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="43"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="25"/>
        <source>Headings</source>
        <translation>Überschriften</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="26"/>
        <source>Emphasis</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="27"/>
        <source>Inline code</source>
        <translation>Code im Text</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="28"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="30"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="31"/>
        <source>The image from the project's assets folder, with its alternative text; paste or drop an image into the editor to copy it there.</source>
        <translation>Das Bild aus dem Ordner „assets“ des Projekts, mit seinem Alternativtext; fügen Sie ein Bild in den Editor ein oder ziehen Sie es hinein, um es dorthin zu kopieren.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="33"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="34"/>
        <source>Task lists</source>
        <translation>Aufgabenlisten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="35"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="36"/>
        <source>Code blocks</source>
        <translation>Codeblöcke</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="37"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="38"/>
        <source>Footnotes</source>
        <translation>Fußnoten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="39"/>
        <source>Definition lists</source>
        <translation>Definitionslisten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="40"/>
        <source>Horizontal rule</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="41"/>
        <source>Line break</source>
        <translation>Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="42"/>
        <source>Escaping</source>
        <translation>Maskieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="43"/>
        <source>Front matter</source>
        <translation>Front Matter (Vorspann)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="44"/>
        <source>At the very top of an imported file: read as the article's metadata, never printed.</source>
        <translation>Ganz oben in einer importierten Datei: wird als Metadaten des Artikels gelesen, nie gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="58"/>
        <source>Markdown Cheat Sheet</source>
        <translation>Markdown-Spickzettel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="59"/>
        <source>What you type in the editor, and what the page shows.</source>
        <translation>Was Sie im Editor tippen und was die Seite zeigt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="60"/>
        <source>You type</source>
        <translation>Sie tippen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="60"/>
        <source>You get</source>
        <translation>Sie erhalten</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="64"/>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="64"/>
        <source>on disk</source>
        <translation>auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="65"/>
        <source>Your version and the version on disk</source>
        <translation>Ihre Fassung und die Fassung auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="83"/>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="122"/>
        <source>Changed by another program</source>
        <translation>Von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="84"/>
        <source>{files} changed on disk while you have unsaved changes.</source>
        <translation>{files} wurde auf der Festplatte geändert, während Sie ungespeicherte Änderungen haben.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="86"/>
        <source>Keep yours (saving will replace the version on disk), take theirs (your unsaved changes are dropped), or see both first.</source>
        <translation>Behalten Sie Ihre Fassung (Speichern ersetzt die Fassung auf der Festplatte), übernehmen Sie die andere (Ihre ungespeicherten Änderungen werden verworfen), oder sehen Sie sich zuerst beide an.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="88"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="89"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="91"/>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="131"/>
        <source>&amp;See Both…</source>
        <translation>&amp;Beide ansehen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="108"/>
        <source>Files are missing</source>
        <translation>Dateien fehlen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="111"/>
        <source>The project folder “{folder}” is gone: it was moved, renamed or deleted since it was opened.</source>
        <translation>Der Projektordner „{folder}“ ist nicht mehr da: Er wurde seit dem Öffnen verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="114"/>
        <source>{files} was deleted or moved since it was opened.</source>
        <translation>{files} wurde seit dem Öffnen gelöscht oder verschoben.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="116"/>
        <source>Save here to write the project again at its old place, or save a copy somewhere else.</source>
        <translation>Speichern Sie hier, um das Projekt wieder an seinen alten Ort zu schreiben, oder speichern Sie eine Kopie an einem anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="118"/>
        <source>Save &amp;Here</source>
        <translation>&amp;Hier speichern</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="123"/>
        <source>{files} changed on disk since you opened or last saved it.</source>
        <translation>{files} wurde auf der Festplatte geändert, seit Sie es geöffnet oder zuletzt gespeichert haben.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="125"/>
        <source>Saving now replaces the other program's version with yours.</source>
        <translation>Speichern ersetzt jetzt die Fassung des anderen Programms durch Ihre.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="126"/>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="128"/>
        <source>&amp;Reload Theirs</source>
        <translation>Andere &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="132"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="20"/>
        <source>Cover image preview</source>
        <translation>Vorschau des Titelbilds</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="25"/>
        <source>No cover</source>
        <translation>Kein Titelbild</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="32"/>
        <source>Cannot show</source>
        <translation>Kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="54"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="46"/>
        <source>{name}: too large to compare line by line; see its tab.
</source>
        <translation>{name}: zu groß für einen zeilenweisen Vergleich; siehe den eigenen Reiter.
</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="53"/>
        <source>The versions are identical.
</source>
        <translation>Die Fassungen sind identisch.
</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="86"/>
        <source>Compare Versions</source>
        <translation>Fassungen vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="92"/>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="94"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="111"/>
        <source>{name} side by side</source>
        <translation>{name} nebeneinander</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/retro_editor/export/docx.py" line="564"/>
        <source>Word document (DOCX)</source>
        <translation>Word-Dokument (DOCX)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="380"/>
        <source>E-book (EPUB 3)</source>
        <translation>E-Book (EPUB 3)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="385"/>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="387"/>
        <source>sections: one chapter per top-level section; single: one chapter</source>
        <translation>sections: ein Kapitel je Abschnitt der obersten Ebene; single: ein einziges Kapitel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="36"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="37"/>
        <source>a bundled theme; empty uses the project's theme</source>
        <translation>ein mitgeliefertes Design; leer verwendet das Design des Projekts</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="130"/>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="135"/>
        <location filename="../../src/retro_editor/export/markdown.py" line="66"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="138"/>
        <source>Social image URL</source>
        <translation>URL des Vorschaubilds für soziale Medien</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="139"/>
        <source>absolute URL of the cover for Open Graph and Twitter cards; empty: the copied cover resolved against the canonical URL, if any</source>
        <translation>absolute URL des Titelbilds für Open Graph und Twitter Cards; leer: das kopierte Titelbild relativ zur kanonischen URL, falls vorhanden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="136"/>
        <source>Hugo page bundle</source>
        <translation>Hugo-Seitenbündel (Page Bundle)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="143"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="144"/>
        <source>mark the page as a draft (draft: true)</source>
        <translation>die Seite als Entwurf markieren (draft: true)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="145"/>
        <location filename="../../src/retro_editor/export/jekyll.py" line="135"/>
        <source>Keep the title heading</source>
        <translation>Titelüberschrift behalten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="146"/>
        <source>keep the article's leading # heading (themes print the title from the front matter)</source>
        <translation>die führende #-Überschrift des Artikels behalten (Designs drucken den Titel aus dem Front Matter)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="128"/>
        <source>Jekyll post</source>
        <translation>Jekyll-Beitrag</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="133"/>
        <source>Layout</source>
        <translation>Vorlage (Layout)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="134"/>
        <source>the layout named in the front matter</source>
        <translation>das im Front Matter genannte Layout</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="136"/>
        <source>keep the article's leading # heading (layouts print the title from the front matter)</source>
        <translation>die führende #-Überschrift des Artikels behalten (Layouts drucken den Titel aus dem Front Matter)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/markdown.py" line="60"/>
        <source>Markdown with front matter</source>
        <translation>Markdown mit Front Matter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="227"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="233"/>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="234"/>
        <source>Margins (mm)</source>
        <translation>Ränder (mm)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="235"/>
        <source>margin on every side, in millimetres (0 to 60)</source>
        <translation>Rand auf jeder Seite, in Millimetern (0 bis 60)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/raw_html.py" line="33"/>
        <source>Keep raw HTML as written (unsafe)</source>
        <translation>Rohes HTML unverändert lassen (unsicher)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/raw_html.py" line="34"/>
        <source>off: raw HTML is cleaned as in the preview (no scripts, event handlers or javascript: links); on: published exactly as written, scripts included - only for HTML you trust</source>
        <translation>aus: rohes HTML wird wie in der Vorschau bereinigt (keine Skripte, Event-Handler oder javascript:-Links); an: genau wie geschrieben veröffentlicht, einschließlich Skripten – nur für HTML, dem Sie vertrauen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="46"/>
        <source>1 field holds a draft and is left out of the export:</source>
        <translation>1 Feld enthält einen Entwurf und wird nicht exportiert:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="47"/>
        <source>{n} fields hold drafts and are left out of the export:</source>
        <translation>{n} Felder enthalten Entwürfe und werden nicht exportiert:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="49"/>
        <source>{field} “{value}” {reason}</source>
        <translation>{field} „{value}“ {reason}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="58"/>
        <source>Project's theme</source>
        <translation>Design des Projekts</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="69"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="97"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="76"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="80"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="81"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="89"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="90"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="102"/>
        <source>Fields left out of the export</source>
        <translation>Nicht exportierte Felder</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="214"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="223"/>
        <source>Exporting {label}…</source>
        <translation>Exportiere {label}…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="231"/>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="233"/>
        <source>Exported, with warnings</source>
        <translation>Exportiert, mit Warnungen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="235"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="240"/>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="242"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="244"/>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="28"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="28"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="34"/>
        <source>Type a label, e.g. “Released”</source>
        <translation>Bezeichnung eingeben, z. B. „Erschienen“</translation>
    </message>
</context>
<context>
    <name>FactsTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="51"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="56"/>
        <source>Facts about the subject</source>
        <translation>Fakten zum Thema</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="58"/>
        <source>Label and value pairs shown as the article's fact box. Alt+Up and Alt+Down move the selected rows; Delete removes them.</source>
        <translation>Paare aus Bezeichnung und Wert, die als Faktenkasten des Artikels erscheinen. Alt+Auf und Alt+Ab verschieben die ausgewählten Zeilen; Entf entfernt sie.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="62"/>
        <source>Facts about the subject, shown as a box on the page (Released: 2001, Director: …).</source>
        <translation>Fakten zum Thema, als Kasten auf der Seite gezeigt (Erschienen: 2001, Regie: …).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="66"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="67"/>
        <source>Add a fact below the selected one</source>
        <translation>Einen Fakt unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="68"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="69"/>
        <source>Remove the selected facts (Delete)</source>
        <translation>Die ausgewählten Fakten entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="70"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="71"/>
        <source>Move the selected facts up (Alt+Up)</source>
        <translation>Die ausgewählten Fakten nach oben verschieben (Alt+Auf)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="72"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="73"/>
        <source>Move the selected facts down (Alt+Down)</source>
        <translation>Die ausgewählten Fakten nach unten verschieben (Alt+Ab)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="84"/>
        <source>Problems in the facts</source>
        <translation>Probleme in den Fakten</translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="113"/>
        <source>{names} was deleted or moved by another program. Your text is still open: save to write it again.</source>
        <translation>{names} wurde von einem anderen Programm gelöscht oder verschoben. Ihr Text ist noch geöffnet: Speichern Sie, um ihn wieder zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="125"/>
        <source>{names} changed on disk but cannot be read ({error}); your version is kept.</source>
        <translation>{names} wurde auf der Festplatte geändert, kann aber nicht gelesen werden ({error}); Ihre Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="128"/>
        <source>{names} changed on disk and was reloaded.</source>
        <translation>{names} wurde auf der Festplatte geändert und neu geladen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="143"/>
        <source>Kept your version; saving will replace {names} on disk.</source>
        <translation>Ihre Fassung wurde behalten; Speichern ersetzt {names} auf der Festplatte.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="52"/>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="65"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="66"/>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="69"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="70"/>
        <source>Replacement text</source>
        <translation>Ersatztext</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="71"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="71"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="72"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="72"/>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="73"/>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="73"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="74"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="74"/>
        <source>Find previous</source>
        <translation>Vorheriges suchen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="76"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="76"/>
        <source>Find next</source>
        <translation>Nächstes suchen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="77"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="77"/>
        <source>Replace this match</source>
        <translation>Diesen Treffer ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="79"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="80"/>
        <source>Replace every match</source>
        <translation>Alle Treffer ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="82"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="82"/>
        <source>Close the find bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="85"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="137"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="140"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="148"/>
        <source>Close Find Bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="259"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="263"/>
        <source>{count} matches</source>
        <translation>{count} Treffer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="264"/>
        <source>{current} of {count}</source>
        <translation>{current} von {count}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="387"/>
        <source>{count} replaced</source>
        <translation>{count} ersetzt</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="52"/>
        <source>{n} days left</source>
        <translation>noch {n} Tage</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="54"/>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="56"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="57"/>
        <source>{n} days overdue</source>
        <translation>{n} Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="57"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="66"/>
        <source>{percent}% of {goal}</source>
        <translation>{percent} % von {goal}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="70"/>
        <source>today {n}</source>
        <translation>heute {n}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="71"/>
        <source>session {n}</source>
        <translation>Sitzung {n}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="73"/>
        <source>{session} of {goal}</source>
        <translation>{session} von {goal}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="151"/>
        <source>Session goal reached: {n} words.</source>
        <translation>Sitzungsziel erreicht: {n} Wörter.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="154"/>
        <source>Article goal reached: {n} words.</source>
        <translation>Artikelziel erreicht: {n} Wörter.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="171"/>
        <source>Words written today and in this session, and the article's word goal and deadline (Project → Goals…)</source>
        <translation>Heute und in dieser Sitzung geschriebene Wörter sowie Wortziel und Abgabetermin des Artikels (Projekt → Ziele…)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="175"/>
        <source>Article word goal</source>
        <translation>Wortziel des Artikels</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="199"/>
        <source>{words} of {goal} words</source>
        <translation>{words} von {goal} Wörtern</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="201"/>
        <source>Today {n} · session {m}</source>
        <translation>Heute {n} · Sitzung {m}</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="34"/>
        <source>none</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="35"/>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="45"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="47"/>
        <source>Article word goal</source>
        <translation>Wortziel des Artikels</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="48"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Abgabetermin:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="52"/>
        <source>Deadline</source>
        <translation>Abgabetermin</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="61"/>
        <source>Session word goal</source>
        <translation>Wortziel der Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="64"/>
        <source>&amp;Article word goal:</source>
        <translation>&amp;Wortziel des Artikels:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="69"/>
        <source>&amp;Session goal:</source>
        <translation>&amp;Sitzungsziel:</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../src/retro_editor/ui/help_viewer.py" line="68"/>
        <source>Markdown Cheat Sheet</source>
        <translation>Markdown-Spickzettel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/help_viewer.py" line="75"/>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/help_viewer.py" line="79"/>
        <source>This page is missing from the installation: {reason}</source>
        <translation>Diese Seite fehlt in der Installation: {reason}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="36"/>
        <source>moved and changed</source>
        <translation>verschoben und geändert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="37"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="37"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="38"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="38"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="60"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="72"/>
        <source>What differs</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="106"/>
        <source>(before the first heading)</source>
        <translation>(vor der ersten Überschrift)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="111"/>
        <source>Detail {field}</source>
        <translation>Angabe {field}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="115"/>
        <source>File {name} changed</source>
        <translation>Datei {name} geändert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="117"/>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/naming.py" line="27"/>
        <source>Name This Version</source>
        <translation>Diese Fassung benennen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/naming.py" line="28"/>
        <source>Name for this version (like “Sent to editor”):</source>
        <translation>Name für diese Fassung (etwa „An die Redaktion geschickt“):</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/naming.py" line="48"/>
        <source>The version was not named</source>
        <translation>Die Fassung wurde nicht benannt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="92"/>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="94"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="100"/>
        <source>Restore This</source>
        <translation>Dies wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="103"/>
        <source>Restore Whole Article</source>
        <translation>Ganzen Artikel wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="163"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="163"/>
        <source>the open text</source>
        <translation>der geöffnete Text</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="172"/>
        <source>The history cannot be read: {error}</source>
        <translation>Der Verlauf kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="219"/>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="221"/>
        <source>{when} {name}</source>
        <translation>{when} {name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="220"/>
        <source>Now (the open text)</source>
        <translation>Jetzt (der geöffnete Text)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="253"/>
        <source>The versions cannot be compared: {error}</source>
        <translation>Die Fassungen können nicht verglichen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="266"/>
        <source>Restore This Detail</source>
        <translation>Diese Angabe wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="268"/>
        <source>Restore This Section</source>
        <translation>Diesen Abschnitt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="281"/>
        <source>Nothing was restored</source>
        <translation>Nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="297"/>
        <source>Restored the section “{title}”; Undo takes it back.</source>
        <translation>Abschnitt „{title}“ wiederhergestellt; mit „Rückgängig“ zurücknehmbar.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="298"/>
        <source>before the first heading</source>
        <translation>vor der ersten Überschrift</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="308"/>
        <source>Restored the detail {field}.</source>
        <translation>Angabe {field} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="319"/>
        <source>Restored the whole article; Undo takes it back.</source>
        <translation>Ganzer Artikel wiederhergestellt; mit „Rückgängig“ zurücknehmbar.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/recorder.py" line="105"/>
        <source>The version was not recorded in the history: {error}</source>
        <translation>Die Fassung wurde nicht im Verlauf festgehalten: {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="35"/>
        <source>(a file of {size} bytes)</source>
        <translation>(eine Datei mit {size} Bytes)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="43"/>
        <source>Sync: Changed on Both Machines</source>
        <translation>Synchronisierung: Auf beiden Computern geändert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="48"/>
        <source>Section #{name}</source>
        <translation>Abschnitt #{name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="48"/>
        <source>Detail {name}</source>
        <translation>Angabe {name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="49"/>
        <source>File {name}</source>
        <translation>Datei {name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="57"/>
        <source>Take &amp;Mine</source>
        <translation>&amp;Meine übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="58"/>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="67"/>
        <source>This machine</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="68"/>
        <source>The other machine</source>
        <translation>Der andere Computer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="73"/>
        <source>Keep (editable for a section):</source>
        <translation>Behalten (bei einem Abschnitt bearbeitbar):</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="66"/>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="66"/>
        <source>The git repository to sync with (a folder, or an ssh:// or https:// URL):</source>
        <translation>Das Git-Repository, mit dem synchronisiert wird (ein Ordner oder eine ssh://- oder https://-URL):</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="94"/>
        <source>Syncing with {url}…</source>
        <translation>Synchronisiere mit {url} …</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="108"/>
        <source>Sync stopped: {n} part(s) changed on both machines; nothing was changed.</source>
        <translation>Synchronisierung angehalten: {n} Teil(e) auf beiden Computern geändert; nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="119"/>
        <source>Synced. The other machine's changes are in the project's files; you have unsaved edits, so saving will ask first.</source>
        <translation>Synchronisiert. Die Änderungen des anderen Computers sind in den Dateien des Projekts; Sie haben ungespeicherte Änderungen, daher fragt das Speichern zuerst nach.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="124"/>
        <source>Synced: nothing new on either side.</source>
        <translation>Synchronisiert: auf keiner Seite etwas Neues.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="125"/>
        <source>Synced: this machine's versions were sent.</source>
        <translation>Synchronisiert: Die Fassungen dieses Computers wurden gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="126"/>
        <source>Synced: the other machine's versions were brought in.</source>
        <translation>Synchronisiert: Die Fassungen des anderen Computers wurden übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="127"/>
        <source>Synced: both machines' changes were merged.</source>
        <translation>Synchronisiert: Die Änderungen beider Computer wurden zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="138"/>
        <source>The password could not be kept in the system keyring ({error}); the next sync asks again.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden ({error}); die nächste Synchronisierung fragt erneut.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="150"/>
        <source>Sync failed: {error}</source>
        <translation>Synchronisierung fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>ImageDownload</name>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="146"/>
        <source>Download Web Images</source>
        <translation>Bilder aus dem Web laden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="149"/>
        <source>The article links no images on the web.</source>
        <translation>Der Artikel verlinkt keine Bilder im Web.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="153"/>
        <source>Downloading {n} image(s) into assets/…</source>
        <translation>{n} Bild(er) werden nach assets/ geladen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="159"/>
        <source>Downloading the images was cancelled; the article is unchanged.</source>
        <translation>Das Laden der Bilder wurde abgebrochen; der Artikel ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="170"/>
        <source>{saved} image(s) were copied into assets/. These {n} could not be downloaded; their links are unchanged:

{lines}</source>
        <translation>{saved} Bild(er) wurden nach assets/ kopiert. Diese {n} konnten nicht geladen werden; ihre Links sind unverändert:

{lines}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="174"/>
        <source>{n} image(s) copied into assets/; the links point at the copies.</source>
        <translation>{n} Bild(er) nach assets/ kopiert; die Links zeigen auf die Kopien.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/retro_editor/ui/jobs.py" line="49"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/jobs.py" line="70"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>LinkCheck</name>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="54"/>
        <source>; archived copy: {url}</source>
        <translation>; archivierte Kopie: {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="77"/>
        <source>Check Links</source>
        <translation>Links prüfen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="79"/>
        <source>The project has no links to check.</source>
        <translation>Das Projekt enthält keine Links, die geprüft werden könnten.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="82"/>
        <source>Checking {n} link(s)…</source>
        <translation>{n} Link(s) werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="87"/>
        <source>The link check was cancelled.</source>
        <translation>Die Linkprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="100"/>
        <source>{n} link(s) checked, {p} need attention: see the Links tab.</source>
        <translation>{n} Link(s) geprüft, {p} erfordern Aufmerksamkeit: siehe Reiter „Links“.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="104"/>
        <source>All {n} link(s) work.</source>
        <translation>Alle {n} Link(s) funktionieren.</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="31"/>
        <source>OK</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="31"/>
        <source>Redirected</source>
        <translation>Umgeleitet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="31"/>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="32"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="32"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="33"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="33"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="34"/>
        <source>Page not read</source>
        <translation>Seite nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="63"/>
        <source>Not called broken: the page may be behind a login, a wall or a request limit.</source>
        <translation>Nicht als defekt gewertet: Die Seite liegt vielleicht hinter einer Anmeldung, einer Zugangssperre oder einem Anfragelimit.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="66"/>
        <source>HTTP status: {code}</source>
        <translation>HTTP-Statuscode: {code}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="68"/>
        <source>Final URL: {url}</source>
        <translation>Ziel-URL: {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="70"/>
        <source>Archived copy: {url}</source>
        <translation>Archivierte Kopie: {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="71"/>
        <source>Checked: {when}</source>
        <translation>Geprüft: {when}</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="85"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="90"/>
        <source>Last link check</source>
        <translation>Letzte Linkprüfung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="94"/>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="94"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="97"/>
        <source>Links of the project</source>
        <translation>Links des Projekts</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="99"/>
        <source>Every link of the article, the related news and the canonical URL, with its last check. Return goes to the link.</source>
        <translation>Jeder Link des Artikels, der verwandten Meldungen und die kanonische URL, mit der letzten Prüfung. Eingabe springt zum Link.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="104"/>
        <source>&amp;Go to Link</source>
        <translation>Zum &amp;Link</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="105"/>
        <source>Show the link in the editor or the Related tab</source>
        <translation>Den Link im Editor oder im Reiter „Verwandt“ zeigen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="107"/>
        <source>Use &amp;Archived Copy</source>
        <translation>&amp;Archivkopie nutzen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="108"/>
        <source>Use the web archive's copy of the page (a related row keeps its URL too)</source>
        <translation>Die Kopie der Seite aus dem Webarchiv verwenden (eine Zeile unter „Verwandt“ behält zusätzlich ihre URL)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="109"/>
        <source>Update to &amp;Final URL</source>
        <translation>&amp;Ziel-URL nutzen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="110"/>
        <source>Replace the link by the address it redirects to</source>
        <translation>Den Link durch die Adresse ersetzen, auf die er umleitet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="111"/>
        <source>Archive &amp;Now</source>
        <translation>&amp;Jetzt archivieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="112"/>
        <source>Ask the web archive to keep a copy of the page now</source>
        <translation>Das Webarchiv bitten, jetzt eine Kopie der Seite aufzubewahren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="114"/>
        <source>Take back the last change to a related row</source>
        <translation>Die letzte Änderung an einer verwandten Zeile zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="176"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="196"/>
        <source>The project has no links.</source>
        <translation>Das Projekt enthält keine Links.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="198"/>
        <source>Not checked yet: Project → Check Links.</source>
        <translation>Noch nicht geprüft: Projekt → Links prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="201"/>
        <source>Last check {when}: {count} link(s), {attention} need attention.</source>
        <translation>Letzte Prüfung am {when}: {count} Link(s), davon {attention} mit Handlungsbedarf.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="224"/>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="301"/>
        <source>The link is no longer in the text.</source>
        <translation>Der Link steht nicht mehr im Text.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="243"/>
        <source>Asking the web archive to keep {url} …</source>
        <translation>Das Webarchiv wird gebeten, {url} aufzubewahren …</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="247"/>
        <source>The web archive did not keep {url}: {reason}</source>
        <translation>Das Webarchiv hat {url} nicht aufbewahrt: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="254"/>
        <source>The related row is back as it was.</source>
        <translation>Die verwandte Zeile ist wieder wie vorher.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="260"/>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="262"/>
        <source>related {row}</source>
        <translation>verwandt {row}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="263"/>
        <source>canonical</source>
        <translation>kanonisch</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="290"/>
        <source>Not changed: {url} is not a URL a row can hold.</source>
        <translation>Nicht geändert: {url} ist keine URL, die eine Zeile aufnehmen kann.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="297"/>
        <source>Related row {row} changed (Undo takes it back).</source>
        <translation>Verwandte Zeile {row} geändert (mit „Rückgängig“ zurücknehmbar).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="312"/>
        <source>Line {line}: the link now points to {url} (Edit → Undo takes it back).</source>
        <translation>Zeile {line}: Der Link zeigt jetzt auf {url} (mit Bearbeiten → Rückgängig zurücknehmbar).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="329"/>
        <source>The web archive keeps a copy: {url}</source>
        <translation>Das Webarchiv bewahrt eine Kopie auf: {url}</translation>
    </message>
</context>
<context>
    <name>LockDialogs</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="23"/>
        <source>an unreadable lock file ({path})</source>
        <translation>eine unlesbare Sperrdatei ({path})</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="36"/>
        <source>The project is in use</source>
        <translation>Das Projekt wird verwendet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="39"/>
        <source>“{name}” is locked by {holder}, which is no longer running (it probably quit unexpectedly).</source>
        <translation>„{name}“ ist durch {holder} gesperrt, das nicht mehr läuft (es wurde wahrscheinlich unerwartet beendet).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="41"/>
        <source>Clear the lock to edit the project, or open it read-only.</source>
        <translation>Heben Sie die Sperre auf, um das Projekt zu bearbeiten, oder öffnen Sie es schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="42"/>
        <source>&amp;Clear Lock and Open</source>
        <translation>Sperre &amp;aufheben und öffnen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="44"/>
        <source>“{name}” is open in another Retro Editor: {holder}.</source>
        <translation>„{name}“ ist in einem anderen Retro Editor geöffnet: {holder}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="46"/>
        <source>Two editors saving one project would overwrite each other's work. Open it read-only to read it here, or cancel. Clear the lock only if you are sure that editor is closed.</source>
        <translation>Zwei Editoren, die dasselbe Projekt speichern, würden gegenseitig ihre Arbeit überschreiben. Öffnen Sie es schreibgeschützt, um es hier zu lesen, oder brechen Sie ab. Heben Sie die Sperre nur auf, wenn Sie sicher sind, dass der andere Editor geschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="49"/>
        <source>&amp;Clear Lock Anyway and Open</source>
        <translation>Sperre &amp;trotzdem aufheben und öffnen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="50"/>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="69"/>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="70"/>
        <source>“{name}” is open read-only because another Retro Editor holds it.</source>
        <translation>„{name}“ ist schreibgeschützt geöffnet, weil ein anderer Retro Editor es belegt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="72"/>
        <source>Save a copy somewhere else to keep your changes.</source>
        <translation>Speichern Sie eine Kopie an einem anderen Ort, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="73"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="150"/>
        <source>Markdown editor</source>
        <translation>Markdown-Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="172"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="173"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="174"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="193"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="196"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="326"/>
        <source>The project was not opened. What you typed is still shown, read-only: copy it to keep it.</source>
        <translation>Das Projekt wurde nicht geöffnet. Was Sie getippt haben, wird weiter angezeigt, schreibgeschützt: Kopieren Sie es, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="483"/>
        <source>{name} (read-only)</source>
        <translation>{name} (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/editor.py" line="110"/>
        <source>Markdown editor</source>
        <translation>Markdown-Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/editor.py" line="111"/>
        <source>The article text in Markdown</source>
        <translation>Der Text des Artikels in Markdown</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="52"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="53"/>
        <source>Revised</source>
        <translation>Überarbeitet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="54"/>
        <source>Final</source>
        <translation>Endfassung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="288"/>
        <source>{title}: level {level} heading on line {line}; {words} words with its subsections</source>
        <translation>{title}: Überschrift der Ebene {level} in Zeile {line}; {words} Wörter mit Unterabschnitten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="417"/>
        <source>{title}, level {level}</source>
        <translation>{title}, Ebene {level}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="421"/>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="422"/>
        <source>{count} words</source>
        <translation>{count} Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="423"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="63"/>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="499"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="65"/>
        <source>The article's sections. Enter goes to a section; drag a section or use the context menu to move, rename, add or delete sections.</source>
        <translation>Die Abschnitte des Artikels. Eingabe springt zu einem Abschnitt; ziehen Sie einen Abschnitt oder verwenden Sie das Kontextmenü, um Abschnitte zu verschieben, umzubenennen, hinzuzufügen oder zu löschen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="240"/>
        <source>&amp;Go to Section</source>
        <translation>&amp;Zum Abschnitt springen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="242"/>
        <source>&amp;Promote</source>
        <translation>&amp;Höherstufen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="244"/>
        <source>&amp;Demote</source>
        <translation>&amp;Tieferstufen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="246"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="248"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="250"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="253"/>
        <source>Add &amp;Section After</source>
        <translation>Abschnitt &amp;danach hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="256"/>
        <source>Add Su&amp;bsection</source>
        <translation>&amp;Unterabschnitt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="258"/>
        <source>De&amp;lete Section…</source>
        <translation>Abschnitt &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="260"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="328"/>
        <source>Section actions</source>
        <translation>Abschnittsaktionen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="416"/>
        <source>New section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="433"/>
        <source>The outline was not changed: {reason}.</source>
        <translation>Die Gliederung wurde nicht geändert: {reason}.</translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <location filename="../../src/retro_editor/ui/wiring.py" line="230"/>
        <source>The pasted image could not be converted to PNG.</source>
        <translation>Das eingefügte Bild konnte nicht in PNG umgewandelt werden.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/wiring.py" line="235"/>
        <source>The image was not added</source>
        <translation>Das Bild wurde nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="71"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>JJJJ-MM-TT, JJJJ-MM oder JJJJ</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="72"/>
        <source>A date like 1999-03-14, or just 1999-03 or 1999; Alt+Down opens a calendar</source>
        <translation>Ein Datum wie 1999-03-14 oder nur 1999-03 oder 1999; Alt+Ab öffnet einen Kalender</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="76"/>
        <source>Choose from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="77"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Ab)</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste.py" line="52"/>
        <source>The paste links {n} image(s) on the web: Edit → Download Web Images copies them into assets/.</source>
        <translation>Der eingefügte Text verlinkt {n} Bild(er) im Web: Bearbeiten → Bilder aus dem Web laden kopiert sie nach assets/.</translation>
    </message>
</context>
<context>
    <name>PasteConversion</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste_conversion.py" line="95"/>
        <source>Paste cancelled.</source>
        <translation>Einfügen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste_conversion.py" line="134"/>
        <source>The pasted HTML could not be converted (its helper process failed); it was pasted as plain text.</source>
        <translation>Das eingefügte HTML konnte nicht umgewandelt werden (sein Hilfsprozess ist gescheitert); es wurde als reiner Text eingefügt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste_conversion.py" line="143"/>
        <source>The paste was not inserted: the document can no longer be edited.</source>
        <translation>Der Text wurde nicht eingefügt: Das Dokument kann nicht mehr bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>PasteProgress</name>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="19"/>
        <source>Converting the pasted HTML…</source>
        <translation>Eingefügtes HTML wird umgewandelt…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="23"/>
        <source>Paste conversion</source>
        <translation>Umwandlung beim Einfügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="27"/>
        <source>Stop converting; the document stays as it is</source>
        <translation>Umwandlung abbrechen; das Dokument bleibt, wie es ist</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="51"/>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="56"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="51"/>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="60"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="51"/>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="60"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="66"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="67"/>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="69"/>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="69"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="70"/>
        <source>&amp;Line width:</source>
        <translation>&amp;Zeilenbreite:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="70"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="71"/>
        <source>Line spa&amp;cing:</source>
        <translation>Zeilen&amp;abstand:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="72"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Ränder:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="72"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="74"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="75"/>
        <source>Application &amp;theme:</source>
        <translation>&amp;Farbschema der Anwendung:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="76"/>
        <source>&amp;Page theme of new projects:</source>
        <translation>Seiten&amp;design neuer Projekte:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="77"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="78"/>
        <source>A new language shows after Retro Editor restarts.</source>
        <translation>Eine neue Sprache erscheint nach einem Neustart von Retro Editor.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="80"/>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="81"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="82"/>
        <source>&amp;Save automatically after typing stops:</source>
        <translation>&amp;Automatisch speichern nach Ende der Eingabe:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="83"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="83"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="84"/>
        <source>&amp;Back up on save at most every:</source>
        <translation>Beim Speichern &amp;höchstens sichern alle:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="85"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="85"/>
        <source>every save</source>
        <translation>bei jedem Speichern</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="86"/>
        <source>&amp;Keep the newest:</source>
        <translation>Die &amp;neuesten behalten:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="101"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="104"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="30"/>
        <source>Spell-check languages</source>
        <translation>Sprachen der Rechtschreibprüfung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="36"/>
        <source>Open a project to choose the languages its spell check uses.</source>
        <translation>Öffnen Sie ein Projekt, um die Sprachen seiner Rechtschreibprüfung zu wählen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="41"/>
        <source>The languages this project is checked in; a word is correct if any of them knows it. None ticked: the article's language ({language}).</source>
        <translation>Die Sprachen, in denen dieses Projekt geprüft wird; ein Wort ist richtig, wenn eine von ihnen es kennt. Keine angekreuzt: die Sprache des Artikels ({language}).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="45"/>
        <source>No spelling dictionaries are installed (Hunspell dictionaries through Enchant); the user guide says how to add them.</source>
        <translation>Es sind keine Rechtschreibwörterbücher installiert (Hunspell-Wörterbücher über Enchant); das Benutzerhandbuch erklärt, wie man sie hinzufügt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="48"/>
        <source>{language} (not installed)</source>
        <translation>{language} (nicht installiert)</translation>
    </message>
</context>
<context>
    <name>PreviewPlaceholder</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/factory.py" line="40"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/factory.py" line="44"/>
        <source>The live preview is not available: this installation lacks Qt WebEngine. Export to HTML to see the page.</source>
        <translation>Die Live-Vorschau ist nicht verfügbar: Dieser Installation fehlt Qt WebEngine. Exportieren Sie nach HTML, um die Seite zu sehen.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="124"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="200"/>
        <source>No program on this computer is set up to open {link}.</source>
        <translation>Auf diesem Computer ist kein Programm zum Öffnen von {link} eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="205"/>
        <source>The address {address} was copied to the clipboard.</source>
        <translation>Die Adresse {address} wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="411"/>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="440"/>
        <source>The preview could not be updated: {reason}</source>
        <translation>Die Vorschau konnte nicht aktualisiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="117"/>
        <source>Imported with problems</source>
        <translation>Mit Problemen importiert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="118"/>
        <source>The file was imported. What did not fit is kept as it was written; fix it before publishing:</source>
        <translation>Die Datei wurde importiert. Was nicht passte, bleibt so erhalten, wie es geschrieben war; korrigieren Sie es vor der Veröffentlichung:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="128"/>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="130"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="149"/>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="177"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="220"/>
        <source>Cannot clear the lock</source>
        <translation>Die Sperre kann nicht aufgehoben werden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="261"/>
        <source>the project is read-only</source>
        <translation>das Projekt ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="263"/>
        <source>the project is not saved in a folder yet</source>
        <translation>das Projekt ist noch nicht in einem Ordner gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="267"/>
        <source>the files were changed by another program</source>
        <translation>die Dateien wurden von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="285"/>
        <source>Project upgraded to format {n} on save; older versions of Retro Editor cannot open it now</source>
        <translation>Projekt beim Speichern auf Format {n} aktualisiert; ältere Versionen von Retro Editor können es nun nicht mehr öffnen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="300"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="343"/>
        <source>Cannot reload the project</source>
        <translation>Das Projekt kann nicht neu geladen werden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="344"/>
        <source>Your version is still open.</source>
        <translation>Ihre Fassung ist weiterhin geöffnet.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="53"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="54"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Änderungen an „{name}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="55"/>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="67"/>
        <source>{n} files at the destination were not written by an earlier export, or were changed since. Replace them?</source>
        <translation>{n} Dateien am Ziel stammen nicht aus einem früheren Export oder wurden seitdem geändert. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="70"/>
        <source>Replace changed files?</source>
        <translation>Geänderte Dateien ersetzen?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="93"/>
        <source>Delete the section "{title}"?</source>
        <translation>Den Abschnitt „{title}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="95"/>
        <source>Its subsection will be deleted too.</source>
        <translation>Sein Unterabschnitt wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="96"/>
        <source>Its {count} subsections will be deleted too.</source>
        <translation>Seine {count} Unterabschnitte werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="98"/>
        <source>You can undo this in the editor.</source>
        <translation>Sie können das im Editor rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="99"/>
        <source>Delete Section</source>
        <translation>Abschnitt löschen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="114"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="115"/>
        <source>Retro Editor projects (*.retro);;Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>Retro-Editor-Projekte (*.retro);;Markdown-Dateien (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="126"/>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="127"/>
        <location filename="../../src/retro_editor/ui/prompts.py" line="133"/>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="132"/>
        <source>Choose a Cover Image</source>
        <translation>Titelbild auswählen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="139"/>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="141"/>
        <source>Export to file</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="191"/>
        <source>Sign In to {url}</source>
        <translation>Bei {url} anmelden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="192"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="196"/>
        <source>Password or access token:</source>
        <translation>Passwort oder Zugriffstoken:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="26"/>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="28"/>
        <source>Retro Editor did not close normally. Unsaved changes to “{title}” from {when} were kept.</source>
        <translation>Retro Editor wurde nicht normal beendet. Ungespeicherte Änderungen an „{title}“ vom {when} wurden aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="30"/>
        <source>The project is in {folder}.</source>
        <translation>Das Projekt liegt in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="31"/>
        <source>The project was never saved; it was to be saved in {folder}.</source>
        <translation>Das Projekt wurde nie gespeichert; es sollte in {folder} gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="33"/>
        <source>Restore them as unsaved changes (nothing is written until you save), compare them with the files on disk, or discard them.</source>
        <translation>Stellen Sie sie als ungespeicherte Änderungen wieder her (nichts wird geschrieben, bevor Sie speichern), vergleichen Sie sie mit den Dateien auf der Festplatte oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="35"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="37"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="39"/>
        <source>&amp;Discard</source>
        <translation>Ve&amp;rwerfen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="41"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="144"/>
        <source>Unsaved changes could not be copied to the recovery folder: {error}</source>
        <translation>Ungespeicherte Änderungen konnten nicht in den Wiederherstellungsordner kopiert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="211"/>
        <source>on disk</source>
        <translation>auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="211"/>
        <source>recovered</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="212"/>
        <source>Recovered changes and the files on disk</source>
        <translation>Wiederhergestellte Änderungen und die Dateien auf der Festplatte</translation>
    </message>
</context>
<context>
    <name>RelatedModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="70"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="70"/>
        <source>Archived copy</source>
        <translation>Archivierte Kopie</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="70"/>
        <source>Issue</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="71"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>RelatedTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="52"/>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="61"/>
        <source>Related news</source>
        <translation>Verwandte Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="63"/>
        <source>Related links: title, URL, source, date, views and note. Ctrl+V adds a copied URL, Ctrl+Return opens the selected link, Alt+Up and Alt+Down move rows, Delete removes them.</source>
        <translation>Verwandte Links: Titel, URL, Quelle, Datum, Aufrufe und Notiz. Strg+V fügt eine kopierte URL hinzu, Strg+Eingabe öffnet den ausgewählten Link, Alt+Auf und Alt+Ab verschieben Zeilen, Entf entfernt sie.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="67"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="67"/>
        <source>Add an empty row</source>
        <translation>Eine leere Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="68"/>
        <source>Pa&amp;ste URL</source>
        <translation>URL ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="69"/>
        <source>Add a row for the URL on the clipboard (Ctrl+V)</source>
        <translation>Eine Zeile für die URL in der Zwischenablage hinzufügen (Strg+V)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="70"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="71"/>
        <source>Delete the selected rows (Delete)</source>
        <translation>Die ausgewählten Zeilen löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="72"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="73"/>
        <source>Move the selected rows up (Alt+Up)</source>
        <translation>Die ausgewählten Zeilen nach oben verschieben (Alt+Auf)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="74"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="75"/>
        <source>Move the selected rows down (Alt+Down)</source>
        <translation>Die ausgewählten Zeilen nach unten verschieben (Alt+Ab)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="76"/>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="77"/>
        <source>Open the selected link in the web browser (Ctrl+Return)</source>
        <translation>Den ausgewählten Link im Webbrowser öffnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="91"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="96"/>
        <source>Problems in the related links</source>
        <translation>Probleme in den verwandten Links</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="170"/>
        <source>The clipboard holds no http or https URL to add. Copy a link (such as https://example.com/news) and paste again.</source>
        <translation>Die Zwischenablage enthält keine http- oder https-URL zum Hinzufügen. Kopieren Sie einen Link (etwa https://example.com/news) und fügen Sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="184"/>
        <source>Added a link; check its title.</source>
        <translation>Ein Link wurde hinzugefügt; prüfen Sie seinen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="186"/>
        <source>Added {count} links; check their titles.</source>
        <translation>{count} Links wurden hinzugefügt; prüfen Sie ihre Titel.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="201"/>
        <source>Not opened: row {rows} has no http or https URL.</source>
        <translation>Nicht geöffnet: Zeile {rows} hat keine http- oder https-URL.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="214"/>
        <source>Reading {url} …</source>
        <translation>{url} wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="227"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="232"/>
        <source>Row {row}: could not read {url} ({reason}). The URL is kept; fill in the other cells by hand.</source>
        <translation>Zeile {row}: {url} konnte nicht gelesen werden ({reason}). Die URL bleibt erhalten; füllen Sie die anderen Zellen von Hand aus.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="242"/>
        <source>Row {row}: filled from the page; check it.</source>
        <translation>Zeile {row}: von der Seite ausgefüllt; bitte prüfen.</translation>
    </message>
</context>
<context>
    <name>RenderProcess</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="130"/>
        <source>The preview's render process is not running.</source>
        <translation>Der Darstellungsprozess der Vorschau läuft nicht.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="148"/>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="196"/>
        <source>The preview's render process stopped.</source>
        <translation>Der Darstellungsprozess der Vorschau wurde beendet.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="193"/>
        <source>Rendering the article took too long.</source>
        <translation>Das Darstellen des Artikels hat zu lange gedauert.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="200"/>
        <source>The preview's render process could not start.</source>
        <translation>Der Darstellungsprozess der Vorschau konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>SafetyServices</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/__init__.py" line="62"/>
        <source>Opened read-only: another Retro Editor has this project open. Use Save As to keep changes.</source>
        <translation>Schreibgeschützt geöffnet: Ein anderer Retro Editor hat dieses Projekt geöffnet. Verwenden Sie „Speichern unter“, um Änderungen zu behalten.</translation>
    </message>
</context>
<context>
    <name>SaveFailed</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="19"/>
        <source>The project was not saved</source>
        <translation>Das Projekt wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="21"/>
        <source>Your changes are still here, unsaved. Fix the problem and save again, or save a copy of the project somewhere else.</source>
        <translation>Ihre Änderungen sind noch da, ungespeichert. Beheben Sie das Problem und speichern Sie erneut, oder speichern Sie eine Kopie des Projekts an einem anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="25"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="57"/>
        <source>Invalid regular expression: {error} (at {offset})</source>
        <translation>Ungültiger regulärer Ausdruck: {error} (bei {offset})</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="95"/>
        <source>invalid group reference {group}</source>
        <translation>ungültiger Gruppenverweis {group}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="98"/>
        <source>unknown group name {group}</source>
        <translation>unbekannter Gruppenname {group}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="108"/>
        <source>bad escape (end of pattern)</source>
        <translation>ungültige Escape-Sequenz (Ende des Musters)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="112"/>
        <source>bad escape \{escape}</source>
        <translation>ungültige Escape-Sequenz \{escape}</translation>
    </message>
</context>
<context>
    <name>SearchSocialTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="141"/>
        <source>Search and social preview</source>
        <translation>Vorschau für Suche und soziale Medien</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="164"/>
        <source>In search results</source>
        <translation>In Suchergebnissen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="170"/>
        <source>Cut where a desktop result page cuts: the title beyond 600 px of 20 px Arial, the description beyond 920 px of 14 px.</source>
        <translation>Gekürzt wie auf einer Ergebnisseite am Desktop: der Titel nach 600 px in Arial 20 px, die Beschreibung nach 920 px in 14 px.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="180"/>
        <source>As a social card</source>
        <translation>Als Karte in sozialen Medien</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="195"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="197"/>
        <source>Search and social warnings</source>
        <translation>Warnungen zu Suche und sozialen Medien</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="206"/>
        <source>Structured data</source>
        <translation>Strukturierte Daten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="209"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="210"/>
        <source>News article</source>
        <translation>Nachrichtenartikel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="211"/>
        <source>Type of article</source>
        <translation>Art des Artikels</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="213"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="215"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="215"/>
        <source>Site or magazine name</source>
        <translation>Name der Website oder Zeitschrift</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="216"/>
        <source>&amp;Home page:</source>
        <translation>&amp;Startseite:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="217"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="217"/>
        <source>URL or assets/logo.png</source>
        <translation>URL oder assets/logo.png</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="290"/>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="294"/>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="291"/>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="335"/>
        <source>No warnings: search engines and social sites have what they need.</source>
        <translation>Keine Warnungen: Suchmaschinen und soziale Netzwerke haben alles, was sie brauchen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="341"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>SectionOperations</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/operations.py" line="163"/>
        <source>the project is open read-only</source>
        <translation>das Projekt ist schreibgeschützt geöffnet</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="46"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="54"/>
        <source>Section title</source>
        <translation>Abschnittstitel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="57"/>
        <source>Heading level</source>
        <translation>Überschriftenebene</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="62"/>
        <source>Section status</source>
        <translation>Abschnittsstatus</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="65"/>
        <source>What this section still needs…</source>
        <translation>Was dieser Abschnitt noch braucht…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="66"/>
        <source>Section note</source>
        <translation>Abschnittsnotiz</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="73"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="74"/>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="75"/>
        <source>Word target</source>
        <translation>Wortziel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="76"/>
        <source>How many words this section should have (0: no target)</source>
        <translation>Wie viele Wörter dieser Abschnitt haben soll (0: kein Ziel)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="78"/>
        <source>Words written</source>
        <translation>Geschriebene Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="81"/>
        <source>Progress towards the word target</source>
        <translation>Fortschritt zum Wortziel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="83"/>
        <source>Put the cursor in a section of the article to see its status, note and word target here.</source>
        <translation>Setzen Sie den Cursor in einen Abschnitt des Artikels, um hier seinen Status, seine Notiz und sein Wortziel zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="92"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="92"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="93"/>
        <source>Word &amp;target:</source>
        <translation>Wort&amp;ziel:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="94"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="139"/>
        <source>No section</source>
        <translation>Kein Abschnitt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="140"/>
        <source>Level {level} heading</source>
        <translation>Überschrift der Ebene {level}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="203"/>
        <source>{words} / {target} words</source>
        <translation>{words} / {target} Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="208"/>
        <source>{words} words</source>
        <translation>{words} Wörter</translation>
    </message>
</context>
<context>
    <name>ShortcutReference</name>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="90"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="148"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="150"/>
        <source>Filter by command or key…</source>
        <translation>Nach Befehl oder Taste filtern…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="151"/>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="157"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="157"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="36"/>
        <source>Side panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="44"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="44"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="45"/>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="45"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="46"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="46"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="154"/>
        <source>{tab}: {problem}</source>
        <translation>{tab}: {problem}</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="168"/>
        <source>Spell check is off: the Enchant library is not installed</source>
        <translation>Rechtschreibprüfung aus: Die Enchant-Bibliothek ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="170"/>
        <source>No spelling dictionary for {languages}</source>
        <translation>Kein Rechtschreibwörterbuch für {languages}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="171"/>
        <source>No spelling dictionary for {languages}; spell check is off</source>
        <translation>Kein Rechtschreibwörterbuch für {languages}; Rechtschreibprüfung aus</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="173"/>
        <source>Project dictionary not read: {reason}</source>
        <translation>Projektwörterbuch nicht gelesen: {reason}</translation>
    </message>
</context>
<context>
    <name>SpellMarks</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="115"/>
        <source>(No Suggestions)</source>
        <translation>(Keine Vorschläge)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="118"/>
        <source>Add to Project Dictionary</source>
        <translation>Zum Projektwörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="121"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="133"/>
        <source>Not added to the project dictionary: {reason}</source>
        <translation>Nicht zum Projektwörterbuch hinzugefügt: {reason}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="76"/>
        <source>Retro Editor</source>
        <translation>Retro Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="82"/>
        <source>Long-form retrospective articles, from outline to published page.</source>
        <translation>Lange Rückblick-Artikel, von der Gliederung bis zur veröffentlichten Seite.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="86"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="87"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="88"/>
        <source>Open the &amp;Sample Article</source>
        <translation>&amp;Beispielartikel öffnen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="99"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="102"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="105"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="105"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="105"/>
        <source>Last edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="121"/>
        <source>No recent projects yet: start a new one, open one, or look around the sample article.</source>
        <translation>Noch keine zuletzt geöffneten Projekte: Legen Sie ein neues an, öffnen Sie eines oder sehen Sie sich den Beispielartikel an.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="127"/>
        <source>O&amp;pen</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="130"/>
        <source>Re&amp;move from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="133"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="207"/>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="108"/>
        <source>{n} words</source>
        <translation>{n} Wörter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="109"/>
        <source>{n} min read</source>
        <translation>{n} Min. Lesezeit</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="142"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="142"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="144"/>
        <source>{state} — 1 field needs attention</source>
        <translation>{state} — 1 Feld erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="146"/>
        <source>{state} — {n} fields need attention</source>
        <translation>{state} — {n} Felder erfordern Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="147"/>
        <source>Fields holding a value that is not valid yet are saved as drafts and marked in the side panel</source>
        <translation>Felder mit einem noch ungültigen Wert werden als Entwürfe gespeichert und in der Seitenleiste markiert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="150"/>
        <source>{state} — autosave failed, retrying</source>
        <translation>{state} — automatisches Speichern fehlgeschlagen, neuer Versuch folgt</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="100"/>
        <source>row {row} {field} {problem}</source>
        <translation>Zeile {row} {field} {problem}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="108"/>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="108"/>
        <source>{count} problems</source>
        <translation>{count} Probleme</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="109"/>
        <source>{summary}: {problems}</source>
        <translation>{summary}: {problems}</translation>
    </message>
</context>
<context>
    <name>ViewsDelegate</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="65"/>
        <source>e.g. 1843 or 12k</source>
        <translation>z. B. 1843 oder 12k</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="66"/>
        <source>A whole number of views; 12k and 1.2M are understood</source>
        <translation>Eine ganze Zahl von Aufrufen; 12k und 1.2M werden verstanden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="67"/>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="122"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="122"/>
        <source>Article title:</source>
        <translation>Titel des Artikels:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="126"/>
        <source>Create the project folder</source>
        <translation>Den Projektordner anlegen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="143"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="147"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="148"/>
        <source>{path}: the project is no longer there</source>
        <translation>{path}: Das Projekt ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="170"/>
        <source>Cannot copy the sample article</source>
        <translation>Der Beispielartikel kann nicht kopiert werden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="238"/>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="241"/>
        <source>Check Project</source>
        <translation>Projekt prüfen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="238"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="242"/>
        <source>{n} problem(s) found.</source>
        <translation>{n} Problem(e) gefunden.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="258"/>
        <source>About Retro Editor</source>
        <translation>Über Retro Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="259"/>
        <source>&lt;h3&gt;Retro Editor {version}&lt;/h3&gt;&lt;p&gt;Write long-form retrospective articles in Markdown: outline, editor, live preview, metadata, fact box and related news.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Retro Editor {version}&lt;/h3&gt;&lt;p&gt;Lange Rückblick-Artikel in Markdown schreiben: Gliederung, Editor, Live-Vorschau, Metadaten, Faktenkasten und verwandte Meldungen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>_CoverImage</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="114"/>
        <source>No cover image</source>
        <translation>Kein Titelbild</translation>
    </message>
</context>
</TS>
