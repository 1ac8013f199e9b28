<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="48"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="48"/>
        <source>Create a new article project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="50"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="50"/>
        <source>Open a project folder, .retro file or .md file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="52"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="52"/>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="53"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="54"/>
        <source>Save a copy of the project in a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="55"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="55"/>
        <source>Export the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="57"/>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="59"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="60"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="61"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="62"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="63"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="64"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="65"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="66"/>
        <source>Find and Rep&amp;lace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="67"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="68"/>
        <source>Editor font and width, theme, backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="69"/>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="70"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="71"/>
        <source>&amp;Side Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="72"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="73"/>
        <source>Zoom O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="74"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="75"/>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="76"/>
        <source>Dim everything but the paragraph being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="77"/>
        <source>&amp;Typewriter Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="78"/>
        <source>Keep the line being written at the middle of the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="79"/>
        <source>&amp;Distraction-Free Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="80"/>
        <source>Only the editor, full screen; Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="81"/>
        <source>&amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="82"/>
        <source>Copy an image into the project and link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="83"/>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="83"/>
        <source>Add a section after the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="84"/>
        <source>&amp;Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="85"/>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="86"/>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="86"/>
        <source>Edit the article's metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="87"/>
        <source>&amp;Check Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="88"/>
        <source>Look for broken images and invalid fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="89"/>
        <source>Check &amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="90"/>
        <source>Check every link of the article, the related news and the canonical URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="91"/>
        <source>Show Project &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="92"/>
        <source>Restore &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="93"/>
        <source>Bring back an earlier version of the project from its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="94"/>
        <source>Backup P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="95"/>
        <source>How often backups are made and how many are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="96"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="97"/>
        <source>Every command with its keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="98"/>
        <source>&amp;About Retro Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="103"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="104"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="105"/>
        <source>Inline &amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="106"/>
        <source>&amp;Strikethrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="107"/>
        <source>Insert &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="108"/>
        <source>Body &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="109"/>
        <source>Heading &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="110"/>
        <source>Heading &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="111"/>
        <source>Heading &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="112"/>
        <source>Heading &amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="113"/>
        <source>Heading &amp;5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="114"/>
        <source>Heading &amp;6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="118"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="120"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="123"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="126"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="128"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="131"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="134"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="83"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="106"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="106"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="107"/>
        <source>Su&amp;btitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="107"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="108"/>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="108"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="110"/>
        <source>Publi&amp;shed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="110"/>
        <source>Published date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="113"/>
        <source>Up&amp;dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="113"/>
        <source>Last updated date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="115"/>
        <source>A date like 1999-03-14, or just 1999-03 or 1999; Alt+Down opens a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="120"/>
        <source>↺ Follow title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="121"/>
        <source>Make the slug follow the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="122"/>
        <source>Derive the slug from the title again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="129"/>
        <source>S&amp;lug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="129"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="130"/>
        <source>The last part of the page's web address; it follows the title until you edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="137"/>
        <source>Summary length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="144"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="144"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="146"/>
        <source>The description shown by search engines and link previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="149"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="149"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="150"/>
        <source>music video, 2001, animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="151"/>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="152"/>
        <source>Categor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="152"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="153"/>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="153"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="155"/>
        <source>A language tag such as en, fr or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="161"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="162"/>
        <source>Choose a cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="163"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="164"/>
        <source>Remove the cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="179"/>
        <source>Cover image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="179"/>
        <source>Cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="182"/>
        <source>Canonical &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="183"/>
        <source>Canonical URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="185"/>
        <source>The page's main address, if it is also published elsewhere (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="229"/>
        <source>{field} problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="268"/>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="409"/>
        <source>{field} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="307"/>
        <source>The image could not be added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="432"/>
        <source>No summary yet — about {limit} characters suit search snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="434"/>
        <source>{count} / {limit} characters — a little short for search snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="436"/>
        <source>{count} / {limit} characters — good for search snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="438"/>
        <source>{count} / {limit} characters — search engines will cut it short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="448"/>
        <source>Pick an image; it is copied into the project's assets folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="449"/>
        <source>Images can be added once the project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="461"/>
        <source>The file {path} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="468"/>
        <source>No cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="479"/>
        <source>The file {path} is not an image this editor can show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="27"/>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="50"/>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="132"/>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="138"/>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="28"/>
        <source>Replace the project's files with the backup of {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="30"/>
        <source>The files as they are now are backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="32"/>
        <source>Your unsaved changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="34"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="54"/>
        <source>Choose the version to bring back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="58"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="72"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="116"/>
        <source>The backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="132"/>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="139"/>
        <source>There are no backups of this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="140"/>
        <source>Backups are made when the project is saved and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="150"/>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="151"/>
        <source>The files as they were before are in the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="158"/>
        <source>Restored the backup of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="43"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="64"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="64"/>
        <source>on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="65"/>
        <source>Your version and the version on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="83"/>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="122"/>
        <source>Changed by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="84"/>
        <source>{files} changed on disk while you have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="86"/>
        <source>Keep yours (saving will replace the version on disk), take theirs (your unsaved changes are dropped), or see both first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="88"/>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="89"/>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="91"/>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="131"/>
        <source>&amp;See Both…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="108"/>
        <source>Files are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="111"/>
        <source>The project folder “{folder}” is gone: it was moved, renamed or deleted since it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="114"/>
        <source>{files} was deleted or moved since it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="116"/>
        <source>Save here to write the project again at its old place, or save a copy somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="118"/>
        <source>Save &amp;Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="123"/>
        <source>{files} changed on disk since you opened or last saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="125"/>
        <source>Saving now replaces the other program's version with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="126"/>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="128"/>
        <source>&amp;Reload Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="132"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="20"/>
        <source>Cover image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="25"/>
        <source>No cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="32"/>
        <source>Cannot show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="54"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="46"/>
        <source>{name}: too large to compare line by line; see its tab.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="53"/>
        <source>The versions are identical.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="86"/>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="92"/>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="94"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="111"/>
        <source>{name} side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/retro_editor/export/docx.py" line="496"/>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="337"/>
        <source>E-book (EPUB 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="342"/>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="344"/>
        <source>sections: one chapter per top-level section; single: one chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="34"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="35"/>
        <source>a bundled theme; empty uses the project's theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="124"/>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="129"/>
        <location filename="../../src/retro_editor/export/markdown.py" line="59"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="132"/>
        <source>Social image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="133"/>
        <source>absolute URL of the cover for Open Graph and Twitter cards; empty: the copied cover resolved against the canonical URL, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="80"/>
        <source>Hugo page bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="86"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="87"/>
        <source>mark the page as a draft (draft: true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="88"/>
        <location filename="../../src/retro_editor/export/jekyll.py" line="110"/>
        <source>Keep the title heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="89"/>
        <source>keep the article's leading # heading (themes print the title from the front matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="103"/>
        <source>Jekyll post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="108"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="109"/>
        <source>the layout named in the front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="111"/>
        <source>keep the article's leading # heading (layouts print the title from the front matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/markdown.py" line="53"/>
        <source>Markdown with front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="187"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="193"/>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="194"/>
        <source>Margins (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="195"/>
        <source>margin on every side, in millimetres (0 to 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/raw_html.py" line="33"/>
        <source>Keep raw HTML as written (unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/raw_html.py" line="34"/>
        <source>off: raw HTML is cleaned as in the preview (no scripts, event handlers or javascript: links); on: published exactly as written, scripts included - only for HTML you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="48"/>
        <source>1 field holds a draft and is left out of the export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="49"/>
        <source>{n} fields hold drafts and are left out of the export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="51"/>
        <source>{field} “{value}” {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="60"/>
        <source>Project's theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="71"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="94"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="78"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="82"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="83"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="89"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="90"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="99"/>
        <source>Fields left out of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="210"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="218"/>
        <source>Exporting {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="224"/>
        <source>Exported {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="226"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="231"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="233"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="235"/>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="28"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="28"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="34"/>
        <source>Type a label, e.g. “Released”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="51"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="56"/>
        <source>Facts about the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="58"/>
        <source>Label and value pairs shown as the article's fact box. Alt+Up and Alt+Down move the selected rows; Delete removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="62"/>
        <source>Facts about the subject, shown as a box on the page (Released: 2001, Director: …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="66"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="67"/>
        <source>Add a fact below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="68"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="69"/>
        <source>Remove the selected facts (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="70"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="71"/>
        <source>Move the selected facts up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="72"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="73"/>
        <source>Move the selected facts down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="84"/>
        <source>Problems in the facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="113"/>
        <source>{names} was deleted or moved by another program. Your text is still open: save to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="125"/>
        <source>{names} changed on disk but cannot be read ({error}); your version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="128"/>
        <source>{names} changed on disk and was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="143"/>
        <source>Kept your version; saving will replace {names} on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="50"/>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="63"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="64"/>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="67"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="68"/>
        <source>Replacement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="69"/>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="69"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="70"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="70"/>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="71"/>
        <source>.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="71"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="72"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="72"/>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="74"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="74"/>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="75"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="75"/>
        <source>Replace this match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="77"/>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="78"/>
        <source>Replace every match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="80"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="80"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="83"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="128"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="131"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="139"/>
        <source>Close Find Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="250"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="254"/>
        <source>{count} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="255"/>
        <source>{current} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="355"/>
        <source>{count} replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/retro_editor/ui/jobs.py" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/jobs.py" line="66"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCheck</name>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="55"/>
        <source>; archived copy: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="69"/>
        <source>Check Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="71"/>
        <source>The project has no links to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="74"/>
        <source>Checking {n} link(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="79"/>
        <source>The link check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="86"/>
        <source>All {n} link(s) work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="89"/>
        <source>{n} link(s) checked, {p} need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialogs</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="23"/>
        <source>an unreadable lock file ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="36"/>
        <source>The project is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="39"/>
        <source>“{name}” is locked by {holder}, which is no longer running (it probably quit unexpectedly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="41"/>
        <source>Clear the lock to edit the project, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="42"/>
        <source>&amp;Clear Lock and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="44"/>
        <source>“{name}” is open in another Retro Editor: {holder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="46"/>
        <source>Two editors saving one project would overwrite each other's work. Open it read-only to read it here, or cancel. Clear the lock only if you are sure that editor is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="49"/>
        <source>&amp;Clear Lock Anyway and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="50"/>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="69"/>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="70"/>
        <source>“{name}” is open read-only because another Retro Editor holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="72"/>
        <source>Save a copy somewhere else to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="73"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="79"/>
        <source>Markdown editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="101"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="106"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="124"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="127"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="207"/>
        <source>{name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/editor.py" line="98"/>
        <source>Markdown editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/editor.py" line="99"/>
        <source>The article text in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="52"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="53"/>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="54"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="288"/>
        <source>{title}: level {level} heading on line {line}; {words} words with its subsections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="417"/>
        <source>{title}, level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="421"/>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="422"/>
        <source>{count} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="423"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="63"/>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="486"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="65"/>
        <source>The article's sections. Enter goes to a section; drag a section or use the context menu to move, rename, add or delete sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="227"/>
        <source>&amp;Go to Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="229"/>
        <source>&amp;Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="231"/>
        <source>&amp;Demote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="233"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="235"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="237"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="240"/>
        <source>Add &amp;Section After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="243"/>
        <source>Add Su&amp;bsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="245"/>
        <source>De&amp;lete Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="247"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="315"/>
        <source>Section actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="403"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="420"/>
        <source>The outline was not changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <location filename="../../src/retro_editor/ui/wiring.py" line="176"/>
        <source>The pasted image could not be converted to PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/wiring.py" line="181"/>
        <source>The image was not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="71"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="72"/>
        <source>A date like 1999-03-14, or just 1999-03 or 1999; Alt+Down opens a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="76"/>
        <source>Choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="77"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="48"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="48"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="48"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="57"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="58"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="60"/>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="60"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="61"/>
        <source>&amp;Line width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="61"/>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="63"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="64"/>
        <source>Application &amp;theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="65"/>
        <source>&amp;Page theme of new projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="67"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="68"/>
        <source>&amp;Back up on save at most every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="69"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="69"/>
        <source>every save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="70"/>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="84"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="87"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPlaceholder</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/factory.py" line="35"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/factory.py" line="39"/>
        <source>The live preview is not available: this installation lacks Qt WebEngine. Export to HTML to see the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="100"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="157"/>
        <source>No program on this computer is set up to open {link}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="162"/>
        <source>The address {address} was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="318"/>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="333"/>
        <source>The preview could not be updated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="86"/>
        <source>Imported with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="87"/>
        <source>The file was imported. What did not fit is kept as it was written; fix it before publishing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="97"/>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="99"/>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="117"/>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="145"/>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="188"/>
        <source>Cannot clear the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="224"/>
        <source>Project upgraded to format {n} on save; older versions of Retro Editor cannot open it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="240"/>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="283"/>
        <source>Cannot reload the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="284"/>
        <source>Your version is still open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="49"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="50"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="51"/>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="63"/>
        <source>{n} files at the destination were not written by an earlier export, or were changed since. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="66"/>
        <source>Replace changed files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="89"/>
        <source>Delete the section "{title}"?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="91"/>
        <source>Its subsection will be deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="92"/>
        <source>Its {count} subsections will be deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="94"/>
        <source>You can undo this in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="95"/>
        <source>Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="110"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="111"/>
        <source>Retro Editor projects (*.retro);;Markdown files (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="122"/>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="123"/>
        <location filename="../../src/retro_editor/ui/prompts.py" line="129"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="128"/>
        <source>Choose a Cover Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="135"/>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="137"/>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="26"/>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="28"/>
        <source>Retro Editor did not close normally. Unsaved changes to “{title}” from {when} were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="30"/>
        <source>The project is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="31"/>
        <source>The project was never saved; it was to be saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="33"/>
        <source>Restore them as unsaved changes (nothing is written until you save), compare them with the files on disk, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="35"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="37"/>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="39"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="41"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="144"/>
        <source>Unsaved changes could not be copied to the recovery folder: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="211"/>
        <source>on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="211"/>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="212"/>
        <source>Recovered changes and the files on disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="54"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="54"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="54"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="54"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="55"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="55"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="49"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="58"/>
        <source>Related news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="60"/>
        <source>Related links: title, URL, source, date, views and note. Ctrl+V adds a copied URL, Ctrl+Return opens the selected link, Alt+Up and Alt+Down move rows, Delete removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="64"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="64"/>
        <source>Add an empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="65"/>
        <source>Pa&amp;ste URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="66"/>
        <source>Add a row for the URL on the clipboard (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="67"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="68"/>
        <source>Delete the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="69"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="70"/>
        <source>Move the selected rows up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="71"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="72"/>
        <source>Move the selected rows down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="73"/>
        <source>Open in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="74"/>
        <source>Open the selected link in the web browser (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="87"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="92"/>
        <source>Problems in the related links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="151"/>
        <source>The clipboard holds no http or https URL to add. Copy a link (such as https://example.com/news) and paste again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="160"/>
        <source>Added a link; check its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="162"/>
        <source>Added {count} links; check their titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="177"/>
        <source>Not opened: row {rows} has no http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="190"/>
        <source>Reading {url} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="203"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="204"/>
        <source>Row {row}: could not read {url} ({reason}). The URL is kept; fill in the other cells by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="214"/>
        <source>Row {row}: filled from the page; check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderProcess</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="120"/>
        <source>The preview's render process is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="138"/>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="186"/>
        <source>The preview's render process stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="183"/>
        <source>Rendering the article took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="190"/>
        <source>The preview's render process could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyServices</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/__init__.py" line="62"/>
        <source>Opened read-only: another Retro Editor has this project open. Use Save As to keep changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFailed</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="19"/>
        <source>The project was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="21"/>
        <source>Your changes are still here, unsaved. Fix the problem and save again, or save a copy of the project somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="25"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="57"/>
        <source>Invalid regular expression: {error} (at {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="95"/>
        <source>invalid group reference {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="98"/>
        <source>unknown group name {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="108"/>
        <source>bad escape (end of pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="112"/>
        <source>bad escape \{escape}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionOperations</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/operations.py" line="163"/>
        <source>the project is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="46"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="54"/>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="57"/>
        <source>Heading level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="62"/>
        <source>Section status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="65"/>
        <source>What this section still needs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="66"/>
        <source>Section note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="73"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="74"/>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="75"/>
        <source>Word target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="76"/>
        <source>How many words this section should have (0: no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="78"/>
        <source>Words written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="81"/>
        <source>Progress towards the word target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="83"/>
        <source>Put the cursor in a section of the article to see its status, note and word target here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="92"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="92"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="93"/>
        <source>Word &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="94"/>
        <source>Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="139"/>
        <source>No section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="140"/>
        <source>Level {level} heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="203"/>
        <source>{words} / {target} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="208"/>
        <source>{words} words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutReference</name>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="90"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="148"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="150"/>
        <source>Filter by command or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="151"/>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="157"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="157"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="31"/>
        <source>Side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="37"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="37"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="38"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="38"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="95"/>
        <source>{tab}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellMarks</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="102"/>
        <source>(No Suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="105"/>
        <source>Add to Project Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="108"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="121"/>
        <source>Not added to the project dictionary: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="53"/>
        <source>{n} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="54"/>
        <source>{n} min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="72"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="72"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="74"/>
        <source>{state} — 1 field needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="76"/>
        <source>{state} — {n} fields need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="78"/>
        <source>Fields holding a value that is not valid yet are saved as drafts and marked in the side panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="100"/>
        <source>row {row} {field} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="108"/>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="108"/>
        <source>{count} problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="109"/>
        <source>{summary}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsDelegate</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="65"/>
        <source>e.g. 1843 or 12k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="66"/>
        <source>A whole number of views; 12k and 1.2M are understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="67"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="91"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="91"/>
        <source>Article title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="95"/>
        <source>Create the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="112"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="116"/>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="117"/>
        <source>{path}: the project is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="164"/>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="167"/>
        <source>Check Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="164"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="168"/>
        <source>{n} problem(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="181"/>
        <source>About Retro Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="182"/>
        <source>&lt;h3&gt;Retro Editor {version}&lt;/h3&gt;&lt;p&gt;Write long-form retrospective articles in Markdown: outline, editor, live preview, metadata, fact box and related news.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
