<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="48"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="48"/>
        <source>Create a new article project</source>
        <translation>Créer un nouveau projet d'article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="50"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="50"/>
        <source>Open a project folder, .retro file or .md file</source>
        <translation>Ouvrir un dossier de projet, un fichier .retro ou .md</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="52"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="52"/>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="53"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="54"/>
        <source>Save a copy of the project in a new folder</source>
        <translation>Enregistrer une copie du projet dans un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="55"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="55"/>
        <source>Export the article</source>
        <translation>Exporter l'article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="57"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="60"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="61"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="63"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="64"/>
        <source>Paste; a web page or word-processor text comes in as Markdown</source>
        <translation>Coller, en convertissant en Markdown le texte d’une page web ou d’un traitement de texte</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="65"/>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>Coller en texte &amp;brut</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="66"/>
        <source>Paste only the text, without headings, emphasis or links</source>
        <translation>Coller le texte seul, sans titres, mise en valeur ni liens</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="67"/>
        <source>Download &amp;Web Images</source>
        <translation>Télécharger les &amp;images du web</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="68"/>
        <source>Copy the images the article links on the web into assets/ and link the copies</source>
        <translation>Copier dans assets/ les images du web liées par l’article et lier les copies</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="70"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="71"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="72"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>Rechercher et re&amp;mplacer…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="73"/>
        <source>Pr&amp;eferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="74"/>
        <source>Editor, appearance, interface language, spelling, saving and backups</source>
        <translation>Éditeur, apparence, langue de l'interface, orthographe, enregistrement et sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="76"/>
        <source>&amp;Outline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="77"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="78"/>
        <source>&amp;Side Panel</source>
        <translation>Panneau &amp;latéral</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="79"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="80"/>
        <source>The project's versions: compare them and restore a section</source>
        <translation>Les versions du projet : les comparer et restaurer une section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="81"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="82"/>
        <source>Zoom O&amp;ut</source>
        <translation>Zoom arri&amp;ère</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="83"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="84"/>
        <source>&amp;Focus Mode</source>
        <translation>Mode &amp;concentration</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="85"/>
        <source>Dim everything but the paragraph being written</source>
        <translation>Estomper tout sauf le paragraphe en cours d'écriture</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="86"/>
        <source>&amp;Typewriter Scrolling</source>
        <translation>Défilement &amp;machine à écrire</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="87"/>
        <source>Keep the line being written at the middle of the editor</source>
        <translation>Garder la ligne en cours d'écriture au milieu de l'éditeur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="88"/>
        <source>&amp;Distraction-Free Full Screen</source>
        <translation>Plein écran &amp;sans distraction</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="89"/>
        <source>Only the editor, full screen; Esc leaves</source>
        <translation>Seulement l'éditeur, en plein écran ; Échap pour quitter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="90"/>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="91"/>
        <source>Copy an image into the project and link it</source>
        <translation>Copier une image dans le projet et y faire un lien</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="92"/>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="92"/>
        <source>Add a section after the current one</source>
        <translation>Ajouter une section après la section courante</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="93"/>
        <source>&amp;Footnote</source>
        <translation>&amp;Note de bas de page</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="94"/>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="95"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="95"/>
        <source>Edit the article's metadata</source>
        <translation>Modifier les métadonnées de l'article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="96"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Objectifs…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="97"/>
        <source>Set the article's word goal and deadline, and the session's goal</source>
        <translation>Définir l'objectif de mots et l'échéance de l'article, ainsi que l'objectif de la séance</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="98"/>
        <source>&amp;Check Project</source>
        <translation>&amp;Vérifier le projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="99"/>
        <source>Look for broken images and invalid fields</source>
        <translation>Chercher les images cassées et les champs non valides</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="100"/>
        <source>Check &amp;Links</source>
        <translation>Vérifier les &amp;liens</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="101"/>
        <source>Check every link of the article, the related news and the canonical URL</source>
        <translation>Vérifier chaque lien de l'article, des actualités liées et l'URL canonique</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="102"/>
        <source>Show Project &amp;Folder</source>
        <translation>Afficher le &amp;dossier du projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="103"/>
        <source>&amp;Name This Version…</source>
        <translation>&amp;Nommer cette version…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="104"/>
        <source>Save and give this version a name, like “Sent to editor”</source>
        <translation>Enregistrer et donner un nom à cette version, comme « Envoyé à la rédaction »</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="105"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="106"/>
        <source>Send and bring in versions through a git repository: the same project on every machine</source>
        <translation>Envoyer et récupérer des versions via un dépôt git : le même projet sur chaque ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="108"/>
        <source>Restore &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="109"/>
        <source>Bring back the whole project from a zip backup (to compare versions or restore one section, use View → History)</source>
        <translation>Restaurer tout le projet depuis une sauvegarde zip (pour comparer des versions ou restaurer une seule section : Affichage → Historique)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="111"/>
        <source>Backup P&amp;references…</source>
        <translation>Préférences de sauve&amp;garde…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="112"/>
        <source>How often backups are made and how many are kept</source>
        <translation>À quelle fréquence les sauvegardes sont faites et combien sont conservées</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="113"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="114"/>
        <source>How Retro Editor works, page by page</source>
        <translation>Le fonctionnement de Retro Editor, page par page</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="115"/>
        <source>&amp;Markdown Cheat Sheet</source>
        <translation>Aide-mémoire &amp;Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="116"/>
        <source>The Markdown the editor understands, with what each piece becomes</source>
        <translation>Le Markdown que l'éditeur comprend, et ce que devient chaque élément</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="117"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="118"/>
        <source>Every command with its keyboard shortcuts</source>
        <translation>Chaque commande avec ses raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="119"/>
        <source>&amp;About Retro Editor</source>
        <translation>À &amp;propos de Retro Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="124"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="125"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="126"/>
        <source>Inline &amp;Code</source>
        <translation>&amp;Code en ligne</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="127"/>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Barré</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="128"/>
        <source>Insert &amp;Link</source>
        <translation>Insérer un &amp;lien</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="129"/>
        <source>Body &amp;Text</source>
        <translation>&amp;Texte courant</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="130"/>
        <source>Heading &amp;1</source>
        <translation>Titre &amp;1</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="131"/>
        <source>Heading &amp;2</source>
        <translation>Titre &amp;2</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="132"/>
        <source>Heading &amp;3</source>
        <translation>Titre &amp;3</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="133"/>
        <source>Heading &amp;4</source>
        <translation>Titre &amp;4</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="134"/>
        <source>Heading &amp;5</source>
        <translation>Titre &amp;5</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="135"/>
        <source>Heading &amp;6</source>
        <translation>Titre &amp;6</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="145"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="149"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="151"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="154"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="158"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>ArticleTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="88"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="111"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="112"/>
        <source>Su&amp;btitle:</source>
        <translation>Sous-&amp;titre :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="112"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="113"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="113"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="115"/>
        <source>Publi&amp;shed:</source>
        <translation>&amp;Publié le :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="115"/>
        <source>Published date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="118"/>
        <source>Up&amp;dated:</source>
        <translation>&amp;Mis à jour le :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="118"/>
        <source>Last updated date</source>
        <translation>Date de dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="120"/>
        <source>A date like 1999-03-14, or just 1999-03 or 1999; Alt+Down opens a calendar</source>
        <translation>Une date comme 1999-03-14, ou seulement 1999-03 ou 1999 ; Alt+Bas ouvre un calendrier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="125"/>
        <source>↺ Follow title</source>
        <translation>↺ Suivre le titre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="126"/>
        <source>Make the slug follow the title</source>
        <translation>Faire suivre le titre au slug</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="127"/>
        <source>Derive the slug from the title again</source>
        <translation>Dériver à nouveau le slug du titre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="134"/>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="134"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="135"/>
        <source>The last part of the page's web address; it follows the title until you edit it</source>
        <translation>La dernière partie de l'adresse web de la page ; il suit le titre jusqu'à ce que vous le modifiiez</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="142"/>
        <source>Summary length</source>
        <translation>Longueur du résumé</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="149"/>
        <source>Su&amp;mmary:</source>
        <translation>Rés&amp;umé :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="149"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="151"/>
        <source>The description shown by search engines and link previews</source>
        <translation>La description affichée par les moteurs de recherche et les aperçus de liens</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="154"/>
        <source>Ta&amp;gs:</source>
        <translation>Mots-&amp;clés :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="154"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="155"/>
        <source>music video, 2001, animation</source>
        <translation>clip musical, 2001, animation</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="156"/>
        <source>Separate tags with commas</source>
        <translation>Séparez les mots-clés par des virgules</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="157"/>
        <source>Categor&amp;y:</source>
        <translation>Catégor&amp;ie :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="157"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="158"/>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="158"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="160"/>
        <source>A language tag such as en, fr or pt-BR</source>
        <translation>Une étiquette de langue comme en, fr ou pt-BR</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="166"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="167"/>
        <source>Choose a cover image</source>
        <translation>Choisir une image de couverture</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="168"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="169"/>
        <source>Remove the cover image</source>
        <translation>Retirer l'image de couverture</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="184"/>
        <source>Cover image:</source>
        <translation>Image de couverture :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="184"/>
        <source>Cover image</source>
        <translation>Image de couverture</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="187"/>
        <source>Canonical &amp;URL:</source>
        <translation>&amp;URL canonique :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="188"/>
        <source>Canonical URL</source>
        <translation>URL canonique</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="190"/>
        <source>The page's main address, if it is also published elsewhere (http or https)</source>
        <translation>L'adresse principale de la page, si elle est aussi publiée ailleurs (http ou https)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="239"/>
        <source>{field} problem</source>
        <translation>Problème : {field}</translation>
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
        <translation>L'image n'a pas pu être ajoutée : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="461"/>
        <source>No summary yet — about {limit} characters suit search snippets</source>
        <translation>Pas encore de résumé — environ {limit} caractères conviennent aux extraits des moteurs de recherche</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="463"/>
        <source>{count} / {limit} characters — a little short for search snippets</source>
        <translation>{count} / {limit} caractères — un peu court pour les extraits de recherche</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="465"/>
        <source>{count} / {limit} characters — good for search snippets</source>
        <translation>{count} / {limit} caractères — bien pour les extraits de recherche</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="467"/>
        <source>{count} / {limit} characters — search engines will cut it short</source>
        <translation>{count} / {limit} caractères — les moteurs de recherche le couperont</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="477"/>
        <source>Pick an image; it is copied into the project's assets folder</source>
        <translation>Choisissez une image ; elle est copiée dans le dossier « assets » du projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="478"/>
        <source>Images can be added once the project is open</source>
        <translation>Les images peuvent être ajoutées une fois le projet ouvert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="490"/>
        <source>The file {path} is missing</source>
        <translation>Le fichier {path} est introuvable</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="497"/>
        <source>No cover image</source>
        <translation>Pas d'image de couverture</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="508"/>
        <source>The file {path} is not an image this editor can show</source>
        <translation>Le fichier {path} n'est pas une image que cet éditeur peut afficher</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../src/retro_editor/ui/autosave.py" line="127"/>
        <source>Autosave works again: the project is saved.</source>
        <translation>L'enregistrement automatique fonctionne à nouveau : le projet est enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/autosave.py" line="132"/>
        <source>Autosave failed: {error}</source>
        <translation>Échec de l'enregistrement automatique : {error}</translation>
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
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="28"/>
        <source>Replace the project's files with the backup of {when}?</source>
        <translation>Remplacer les fichiers du projet par la sauvegarde du {when} ?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="30"/>
        <source>The files as they are now are backed up first.</source>
        <translation>Les fichiers dans leur état actuel sont d'abord sauvegardés.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="32"/>
        <source>Your unsaved changes will be lost.</source>
        <translation>Vos modifications non enregistrées seront perdues.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="34"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="54"/>
        <source>Choose the version to bring back:</source>
        <translation>Choisissez la version à rétablir :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="58"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="72"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="125"/>
        <source>The backup failed: {error}</source>
        <translation>La sauvegarde a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="141"/>
        <source>The project is open read-only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="148"/>
        <source>There are no backups of this project yet.</source>
        <translation>Ce projet n'a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="149"/>
        <source>Backups are made when the project is saved and closed. Every save is also a version in View → History, where one section can be compared and brought back.</source>
        <translation>Les sauvegardes sont faites quand le projet est enregistré et fermé. Chaque enregistrement est aussi une version dans Affichage → Historique, où une section peut être comparée et rétablie.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="161"/>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n'a pas été restaurée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="162"/>
        <source>The files as they were before are in the newest backup.</source>
        <translation>Les fichiers tels qu'ils étaient avant se trouvent dans la sauvegarde la plus récente.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="169"/>
        <source>Restored the backup of {when}.</source>
        <translation>La sauvegarde du {when} a été restaurée.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="43"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="25"/>
        <source>Headings</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="26"/>
        <source>Emphasis</source>
        <translation>Mise en valeur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="27"/>
        <source>Inline code</source>
        <translation>Code en ligne</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="28"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="30"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="31"/>
        <source>The image from the project's assets folder, with its alternative text; paste or drop an image into the editor to copy it there.</source>
        <translation>L'image du dossier « assets » du projet, avec son texte de remplacement ; collez ou déposez une image dans l'éditeur pour l'y copier.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="33"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="34"/>
        <source>Task lists</source>
        <translation>Listes de tâches</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="35"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="36"/>
        <source>Code blocks</source>
        <translation>Blocs de code</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="37"/>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="38"/>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="39"/>
        <source>Definition lists</source>
        <translation>Listes de définitions</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="40"/>
        <source>Horizontal rule</source>
        <translation>Ligne horizontale</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="41"/>
        <source>Line break</source>
        <translation>Saut de ligne</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="42"/>
        <source>Escaping</source>
        <translation>Échappement</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="43"/>
        <source>Front matter</source>
        <translation>En-tête (front matter)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="44"/>
        <source>At the very top of an imported file: read as the article's metadata, never printed.</source>
        <translation>Tout en haut d'un fichier importé : lu comme métadonnées de l'article, jamais imprimé.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="58"/>
        <source>Markdown Cheat Sheet</source>
        <translation>Aide-mémoire Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="59"/>
        <source>What you type in the editor, and what the page shows.</source>
        <translation>Ce que vous tapez dans l'éditeur, et ce que la page affiche.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="60"/>
        <source>You type</source>
        <translation>Vous tapez</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="60"/>
        <source>You get</source>
        <translation>Vous obtenez</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="64"/>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="64"/>
        <source>on disk</source>
        <translation>sur le disque</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="65"/>
        <source>Your version and the version on disk</source>
        <translation>Votre version et la version sur le disque</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="83"/>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="122"/>
        <source>Changed by another program</source>
        <translation>Modifié par un autre programme</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="84"/>
        <source>{files} changed on disk while you have unsaved changes.</source>
        <translation>{files} a changé sur le disque alors que vous avez des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="86"/>
        <source>Keep yours (saving will replace the version on disk), take theirs (your unsaved changes are dropped), or see both first.</source>
        <translation>Gardez la vôtre (l'enregistrement remplacera la version sur le disque), prenez l'autre (vos modifications non enregistrées sont abandonnées) ou comparez d'abord les deux.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="88"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="89"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre l'autre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="91"/>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="131"/>
        <source>&amp;See Both…</source>
        <translation>&amp;Voir les deux…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="108"/>
        <source>Files are missing</source>
        <translation>Des fichiers sont introuvables</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="111"/>
        <source>The project folder “{folder}” is gone: it was moved, renamed or deleted since it was opened.</source>
        <translation>Le dossier du projet « {folder} » a disparu : il a été déplacé, renommé ou supprimé depuis son ouverture.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="114"/>
        <source>{files} was deleted or moved since it was opened.</source>
        <translation>{files} a été supprimé ou déplacé depuis son ouverture.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="116"/>
        <source>Save here to write the project again at its old place, or save a copy somewhere else.</source>
        <translation>Enregistrez ici pour réécrire le projet à son ancien emplacement, ou enregistrez une copie ailleurs.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="118"/>
        <source>Save &amp;Here</source>
        <translation>Enregistrer &amp;ici</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="123"/>
        <source>{files} changed on disk since you opened or last saved it.</source>
        <translation>{files} a changé sur le disque depuis que vous l'avez ouvert ou enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="125"/>
        <source>Saving now replaces the other program's version with yours.</source>
        <translation>Enregistrer maintenant remplace la version de l'autre programme par la vôtre.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="126"/>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="128"/>
        <source>&amp;Reload Theirs</source>
        <translation>&amp;Recharger l'autre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="132"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="20"/>
        <source>Cover image preview</source>
        <translation>Aperçu de l'image de couverture</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="25"/>
        <source>No cover</source>
        <translation>Pas de couverture</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="32"/>
        <source>Cannot show</source>
        <translation>Affichage impossible</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="54"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="46"/>
        <source>{name}: too large to compare line by line; see its tab.
</source>
        <translation>{name} : trop grand pour une comparaison ligne par ligne ; voir son onglet.
</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="53"/>
        <source>The versions are identical.
</source>
        <translation>Les versions sont identiques.
</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="86"/>
        <source>Compare Versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="92"/>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="94"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="111"/>
        <source>{name} side by side</source>
        <translation>{name} côte à côte</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/retro_editor/export/docx.py" line="564"/>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="380"/>
        <source>E-book (EPUB 3)</source>
        <translation>Livre numérique (EPUB 3)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="385"/>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="387"/>
        <source>sections: one chapter per top-level section; single: one chapter</source>
        <translation>sections : un chapitre par section de premier niveau ; single : un seul chapitre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="36"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="37"/>
        <source>a bundled theme; empty uses the project's theme</source>
        <translation>un thème fourni ; vide utilise le thème du projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="130"/>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="135"/>
        <location filename="../../src/retro_editor/export/markdown.py" line="66"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="138"/>
        <source>Social image URL</source>
        <translation>URL de l'image pour les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="139"/>
        <source>absolute URL of the cover for Open Graph and Twitter cards; empty: the copied cover resolved against the canonical URL, if any</source>
        <translation>URL absolue de la couverture pour Open Graph et les cartes Twitter ; vide : la couverture copiée, résolue par rapport à l'URL canonique s'il y en a une</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="136"/>
        <source>Hugo page bundle</source>
        <translation>Paquet de page Hugo (page bundle)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="143"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="144"/>
        <source>mark the page as a draft (draft: true)</source>
        <translation>marquer la page comme brouillon (draft: true)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="145"/>
        <location filename="../../src/retro_editor/export/jekyll.py" line="135"/>
        <source>Keep the title heading</source>
        <translation>Garder le titre principal</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="146"/>
        <source>keep the article's leading # heading (themes print the title from the front matter)</source>
        <translation>garder le titre # en tête de l'article (les thèmes affichent le titre de l'en-tête front matter)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="128"/>
        <source>Jekyll post</source>
        <translation>Article Jekyll</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="133"/>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="134"/>
        <source>the layout named in the front matter</source>
        <translation>la mise en page nommée dans l'en-tête front matter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="136"/>
        <source>keep the article's leading # heading (layouts print the title from the front matter)</source>
        <translation>garder le titre # en tête de l'article (les mises en page affichent le titre de l'en-tête front matter)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/markdown.py" line="60"/>
        <source>Markdown with front matter</source>
        <translation>Markdown avec en-tête front matter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="227"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="233"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="234"/>
        <source>Margins (mm)</source>
        <translation>Marges (mm)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="235"/>
        <source>margin on every side, in millimetres (0 to 60)</source>
        <translation>marge de chaque côté, en millimètres (0 à 60)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/raw_html.py" line="33"/>
        <source>Keep raw HTML as written (unsafe)</source>
        <translation>Garder le HTML brut tel qu'écrit (risqué)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/raw_html.py" line="34"/>
        <source>off: raw HTML is cleaned as in the preview (no scripts, event handlers or javascript: links); on: published exactly as written, scripts included - only for HTML you trust</source>
        <translation>désactivé : le HTML brut est nettoyé comme dans l'aperçu (ni scripts, ni gestionnaires d'événements, ni liens javascript:) ; activé : publié exactement tel qu'écrit, scripts compris – seulement pour du HTML de confiance</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="46"/>
        <source>1 field holds a draft and is left out of the export:</source>
        <translation>1 champ contient un brouillon et n'est pas exporté :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="47"/>
        <source>{n} fields hold drafts and are left out of the export:</source>
        <translation>{n} champs contiennent des brouillons et ne sont pas exportés :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="49"/>
        <source>{field} “{value}” {reason}</source>
        <translation>{field} « {value} » {reason}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="58"/>
        <source>Project's theme</source>
        <translation>Thème du projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="69"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="97"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="76"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="80"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="81"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="89"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="90"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="102"/>
        <source>Fields left out of the export</source>
        <translation>Champs non exportés</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="214"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="223"/>
        <source>Exporting {label}…</source>
        <translation>Exportation : {label}…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="231"/>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="233"/>
        <source>Exported, with warnings</source>
        <translation>Exporté, avec des avertissements</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="235"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="240"/>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="242"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="244"/>
        <source>The export failed</source>
        <translation>L'exportation a échoué</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="28"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="28"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="34"/>
        <source>Type a label, e.g. “Released”</source>
        <translation>Saisissez un libellé, p. ex. « Sortie »</translation>
    </message>
</context>
<context>
    <name>FactsTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="51"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="56"/>
        <source>Facts about the subject</source>
        <translation>Faits sur le sujet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="58"/>
        <source>Label and value pairs shown as the article's fact box. Alt+Up and Alt+Down move the selected rows; Delete removes them.</source>
        <translation>Paires libellé-valeur affichées dans l'encadré de faits de l'article. Alt+Haut et Alt+Bas déplacent les lignes choisies ; Suppr les retire.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="62"/>
        <source>Facts about the subject, shown as a box on the page (Released: 2001, Director: …).</source>
        <translation>Faits sur le sujet, affichés dans un encadré sur la page (Sortie : 2001, Réalisation : …).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="66"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="67"/>
        <source>Add a fact below the selected one</source>
        <translation>Ajouter un fait sous celui qui est sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="68"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="69"/>
        <source>Remove the selected facts (Delete)</source>
        <translation>Retirer les faits sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="70"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="71"/>
        <source>Move the selected facts up (Alt+Up)</source>
        <translation>Monter les faits sélectionnés (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="72"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="73"/>
        <source>Move the selected facts down (Alt+Down)</source>
        <translation>Descendre les faits sélectionnés (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="84"/>
        <source>Problems in the facts</source>
        <translation>Problèmes dans les faits</translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="113"/>
        <source>{names} was deleted or moved by another program. Your text is still open: save to write it again.</source>
        <translation>{names} a été supprimé ou déplacé par un autre programme. Votre texte est toujours ouvert : enregistrez pour le réécrire.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="125"/>
        <source>{names} changed on disk but cannot be read ({error}); your version is kept.</source>
        <translation>{names} a changé sur le disque mais ne peut pas être lu ({error}) ; votre version est conservée.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="128"/>
        <source>{names} changed on disk and was reloaded.</source>
        <translation>{names} a changé sur le disque et a été rechargé.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="143"/>
        <source>Kept your version; saving will replace {names} on disk.</source>
        <translation>Votre version est conservée ; l'enregistrement remplacera {names} sur le disque.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="52"/>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="65"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="66"/>
        <source>Find text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="69"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="70"/>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="71"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="71"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="72"/>
        <source>W</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="72"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="73"/>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="73"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="74"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="74"/>
        <source>Find previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="76"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="76"/>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="77"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="77"/>
        <source>Replace this match</source>
        <translation>Remplacer cette occurrence</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="79"/>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="80"/>
        <source>Replace every match</source>
        <translation>Remplacer toutes les occurrences</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="82"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="82"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="85"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="137"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="140"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="148"/>
        <source>Close Find Bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="259"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="263"/>
        <source>{count} matches</source>
        <translation>{count} occurrences</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="264"/>
        <source>{current} of {count}</source>
        <translation>{current} sur {count}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="387"/>
        <source>{count} replaced</source>
        <translation>{count} remplacée(s)</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="52"/>
        <source>{n} days left</source>
        <translation>{n} jours restants</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="54"/>
        <source>1 day left</source>
        <translation>1 jour restant</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="56"/>
        <source>due today</source>
        <translation>échéance aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="57"/>
        <source>{n} days overdue</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="57"/>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="66"/>
        <source>{percent}% of {goal}</source>
        <translation>{percent} % de {goal}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="70"/>
        <source>today {n}</source>
        <translation>aujourd'hui {n}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="71"/>
        <source>session {n}</source>
        <translation>séance {n}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="73"/>
        <source>{session} of {goal}</source>
        <translation>{session} sur {goal}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="151"/>
        <source>Session goal reached: {n} words.</source>
        <translation>Objectif de la séance atteint : {n} mots.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="154"/>
        <source>Article goal reached: {n} words.</source>
        <translation>Objectif de l'article atteint : {n} mots.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="171"/>
        <source>Words written today and in this session, and the article's word goal and deadline (Project → Goals…)</source>
        <translation>Mots écrits aujourd'hui et pendant cette séance, objectif de mots et échéance de l'article (Projet → Objectifs…)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="175"/>
        <source>Article word goal</source>
        <translation>Objectif de mots de l'article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="199"/>
        <source>{words} of {goal} words</source>
        <translation>{words} mots sur {goal}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="201"/>
        <source>Today {n} · session {m}</source>
        <translation>Aujourd'hui {n} · séance {m}</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="34"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="35"/>
        <source> words</source>
        <translation> mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="45"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="47"/>
        <source>Article word goal</source>
        <translation>Objectif de mots de l'article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="48"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="52"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="61"/>
        <source>Session word goal</source>
        <translation>Objectif de mots de la séance</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="64"/>
        <source>&amp;Article word goal:</source>
        <translation>&amp;Objectif de mots de l'article :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="69"/>
        <source>&amp;Session goal:</source>
        <translation>Objectif de la &amp;séance :</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../src/retro_editor/ui/help_viewer.py" line="68"/>
        <source>Markdown Cheat Sheet</source>
        <translation>Aide-mémoire Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/help_viewer.py" line="75"/>
        <source>User Guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/help_viewer.py" line="79"/>
        <source>This page is missing from the installation: {reason}</source>
        <translation>Cette page manque dans l'installation : {reason}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="36"/>
        <source>moved and changed</source>
        <translation>déplacée et modifiée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="37"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="37"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="38"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="38"/>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="60"/>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="72"/>
        <source>What differs</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="106"/>
        <source>(before the first heading)</source>
        <translation>(avant le premier titre)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="111"/>
        <source>Detail {field}</source>
        <translation>Champ {field}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="115"/>
        <source>File {name} changed</source>
        <translation>Fichier {name} modifié</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="117"/>
        <source>No differences</source>
        <translation>Aucune différence</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/naming.py" line="27"/>
        <source>Name This Version</source>
        <translation>Nommer cette version</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/naming.py" line="28"/>
        <source>Name for this version (like “Sent to editor”):</source>
        <translation>Nom de cette version (comme « Envoyé à la rédaction ») :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/naming.py" line="48"/>
        <source>The version was not named</source>
        <translation>La version n'a pas été nommée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="92"/>
        <source>Versions</source>
        <translation>Liste des versions</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="94"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="100"/>
        <source>Restore This</source>
        <translation>Restaurer ceci</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="103"/>
        <source>Restore Whole Article</source>
        <translation>Restaurer tout l'article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="163"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="163"/>
        <source>the open text</source>
        <translation>le texte ouvert</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="172"/>
        <source>The history cannot be read: {error}</source>
        <translation>L'historique ne peut pas être lu : {error}</translation>
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
        <translation>Maintenant (le texte ouvert)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="253"/>
        <source>The versions cannot be compared: {error}</source>
        <translation>Les versions ne peuvent pas être comparées : {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="266"/>
        <source>Restore This Detail</source>
        <translation>Restaurer ce champ</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="268"/>
        <source>Restore This Section</source>
        <translation>Restaurer cette section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="281"/>
        <source>Nothing was restored</source>
        <translation>Rien n'a été restauré</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="297"/>
        <source>Restored the section “{title}”; Undo takes it back.</source>
        <translation>Section « {title} » restaurée ; « Annuler » revient en arrière.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="298"/>
        <source>before the first heading</source>
        <translation>avant le premier titre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="308"/>
        <source>Restored the detail {field}.</source>
        <translation>Champ {field} restauré.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="319"/>
        <source>Restored the whole article; Undo takes it back.</source>
        <translation>Article entier restauré ; « Annuler » revient en arrière.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/recorder.py" line="105"/>
        <source>The version was not recorded in the history: {error}</source>
        <translation>La version n'a pas été enregistrée dans l'historique : {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="35"/>
        <source>(a file of {size} bytes)</source>
        <translation>(un fichier de {size} octets)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="43"/>
        <source>Sync: Changed on Both Machines</source>
        <translation>Synchronisation : modifié sur les deux ordinateurs</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="48"/>
        <source>Section #{name}</source>
        <translation>Section #{name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="48"/>
        <source>Detail {name}</source>
        <translation>Champ {name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="49"/>
        <source>File {name}</source>
        <translation>Fichier {name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="57"/>
        <source>Take &amp;Mine</source>
        <translation>Prendre la &amp;mienne</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="58"/>
        <source>Take &amp;Theirs</source>
        <translation>Prendre l'&amp;autre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="67"/>
        <source>This machine</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="68"/>
        <source>The other machine</source>
        <translation>L'autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="73"/>
        <source>Keep (editable for a section):</source>
        <translation>À garder (modifiable pour une section) :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="66"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="66"/>
        <source>The git repository to sync with (a folder, or an ssh:// or https:// URL):</source>
        <translation>Le dépôt git avec lequel synchroniser (un dossier, ou une URL ssh:// ou https://) :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="94"/>
        <source>Syncing with {url}…</source>
        <translation>Synchronisation avec {url}…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="108"/>
        <source>Sync stopped: {n} part(s) changed on both machines; nothing was changed.</source>
        <translation>Synchronisation arrêtée : {n} partie(s) modifiée(s) sur les deux ordinateurs ; rien n'a été changé.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="119"/>
        <source>Synced. The other machine's changes are in the project's files; you have unsaved edits, so saving will ask first.</source>
        <translation>Synchronisé. Les modifications de l'autre ordinateur sont dans les fichiers du projet ; vous avez des modifications non enregistrées, l'enregistrement vous posera donc d'abord la question.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="124"/>
        <source>Synced: nothing new on either side.</source>
        <translation>Synchronisé : rien de nouveau de part et d'autre.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="125"/>
        <source>Synced: this machine's versions were sent.</source>
        <translation>Synchronisé : les versions de cet ordinateur ont été envoyées.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="126"/>
        <source>Synced: the other machine's versions were brought in.</source>
        <translation>Synchronisé : les versions de l'autre ordinateur ont été récupérées.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="127"/>
        <source>Synced: both machines' changes were merged.</source>
        <translation>Synchronisé : les modifications des deux ordinateurs ont été fusionnées.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="138"/>
        <source>The password could not be kept in the system keyring ({error}); the next sync asks again.</source>
        <translation>Le mot de passe n'a pas pu être conservé dans le trousseau du système ({error}) ; la prochaine synchronisation le redemandera.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="150"/>
        <source>Sync failed: {error}</source>
        <translation>Échec de la synchronisation : {error}</translation>
    </message>
</context>
<context>
    <name>ImageDownload</name>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="146"/>
        <source>Download Web Images</source>
        <translation>Télécharger les images du web</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="149"/>
        <source>The article links no images on the web.</source>
        <translation>L’article ne lie aucune image du web.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="153"/>
        <source>Downloading {n} image(s) into assets/…</source>
        <translation>Téléchargement de {n} image(s) dans assets/…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="159"/>
        <source>Downloading the images was cancelled; the article is unchanged.</source>
        <translation>Le téléchargement des images a été annulé ; l’article est inchangé.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="170"/>
        <source>{saved} image(s) were copied into assets/. These {n} could not be downloaded; their links are unchanged:

{lines}</source>
        <translation>{saved} image(s) copiée(s) dans assets/. Ces {n} n’ont pas pu être téléchargées ; leurs liens sont inchangés :

{lines}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="174"/>
        <source>{n} image(s) copied into assets/; the links point at the copies.</source>
        <translation>{n} image(s) copiée(s) dans assets/ ; les liens pointent vers les copies.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/retro_editor/ui/jobs.py" line="49"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/jobs.py" line="70"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>LinkCheck</name>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="54"/>
        <source>; archived copy: {url}</source>
        <translation> ; copie archivée : {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="77"/>
        <source>Check Links</source>
        <translation>Vérifier les liens</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="79"/>
        <source>The project has no links to check.</source>
        <translation>Le projet n'a aucun lien à vérifier.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="82"/>
        <source>Checking {n} link(s)…</source>
        <translation>Vérification de {n} lien(s)…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="87"/>
        <source>The link check was cancelled.</source>
        <translation>La vérification des liens a été annulée.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="100"/>
        <source>{n} link(s) checked, {p} need attention: see the Links tab.</source>
        <translation>{n} lien(s) vérifié(s), {p} à examiner : voir l'onglet Liens.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="104"/>
        <source>All {n} link(s) work.</source>
        <translation>Les {n} lien(s) fonctionnent.</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="31"/>
        <source>OK</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="31"/>
        <source>Redirected</source>
        <translation>Redirigé</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="31"/>
        <source>Broken</source>
        <translation>Cassé</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="32"/>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="32"/>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="33"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="33"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="34"/>
        <source>Page not read</source>
        <translation>Page non lue</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="63"/>
        <source>Not called broken: the page may be behind a login, a wall or a request limit.</source>
        <translation>Pas considéré comme cassé : la page est peut-être derrière une connexion, un mur d'accès ou une limite de requêtes.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="66"/>
        <source>HTTP status: {code}</source>
        <translation>Code HTTP : {code}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="68"/>
        <source>Final URL: {url}</source>
        <translation>URL finale : {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="70"/>
        <source>Archived copy: {url}</source>
        <translation>Copie archivée : {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="71"/>
        <source>Checked: {when}</source>
        <translation>Vérifié : {when}</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="85"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="90"/>
        <source>Last link check</source>
        <translation>Dernière vérification des liens</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="94"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="94"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="94"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="97"/>
        <source>Links of the project</source>
        <translation>Liens du projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="99"/>
        <source>Every link of the article, the related news and the canonical URL, with its last check. Return goes to the link.</source>
        <translation>Chaque lien de l'article, des actualités liées et l'URL canonique, avec sa dernière vérification. Entrée va au lien.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="104"/>
        <source>&amp;Go to Link</source>
        <translation>Voir le &amp;lien</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="105"/>
        <source>Show the link in the editor or the Related tab</source>
        <translation>Afficher le lien dans l'éditeur ou dans l'onglet Associés</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="107"/>
        <source>Use &amp;Archived Copy</source>
        <translation>Utiliser l'a&amp;rchive</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="108"/>
        <source>Use the web archive's copy of the page (a related row keeps its URL too)</source>
        <translation>Utiliser la copie de la page conservée par l'archive du web (une ligne associée garde aussi son URL)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="109"/>
        <source>Update to &amp;Final URL</source>
        <translation>URL &amp;finale</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="110"/>
        <source>Replace the link by the address it redirects to</source>
        <translation>Remplacer le lien par l'adresse vers laquelle il redirige</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="111"/>
        <source>Archive &amp;Now</source>
        <translation>Archiver mai&amp;ntenant</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="112"/>
        <source>Ask the web archive to keep a copy of the page now</source>
        <translation>Demander à l'archive du web de conserver dès maintenant une copie de la page</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="114"/>
        <source>Take back the last change to a related row</source>
        <translation>Annuler la dernière modification d'une ligne associée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="176"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="196"/>
        <source>The project has no links.</source>
        <translation>Le projet n'a aucun lien.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="198"/>
        <source>Not checked yet: Project → Check Links.</source>
        <translation>Pas encore vérifié : Projet → Vérifier les liens.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="201"/>
        <source>Last check {when}: {count} link(s), {attention} need attention.</source>
        <translation>Dernière vérification le {when} : {count} lien(s), dont {attention} à examiner.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="224"/>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="301"/>
        <source>The link is no longer in the text.</source>
        <translation>Le lien n'est plus dans le texte.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="243"/>
        <source>Asking the web archive to keep {url} …</source>
        <translation>Demande à l'archive du web de conserver {url} …</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="247"/>
        <source>The web archive did not keep {url}: {reason}</source>
        <translation>L'archive du web n'a pas conservé {url} : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="254"/>
        <source>The related row is back as it was.</source>
        <translation>La ligne associée est revenue à son état précédent.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="260"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="262"/>
        <source>related {row}</source>
        <translation>associé {row}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="263"/>
        <source>canonical</source>
        <translation>canonique</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="290"/>
        <source>Not changed: {url} is not a URL a row can hold.</source>
        <translation>Non modifié : {url} n'est pas une URL qu'une ligne peut contenir.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="297"/>
        <source>Related row {row} changed (Undo takes it back).</source>
        <translation>Ligne associée {row} modifiée (« Annuler » revient en arrière).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="312"/>
        <source>Line {line}: the link now points to {url} (Edit → Undo takes it back).</source>
        <translation>Ligne {line} : le lien pointe maintenant vers {url} (Édition → Annuler revient en arrière).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="329"/>
        <source>The web archive keeps a copy: {url}</source>
        <translation>L'archive du web conserve une copie : {url}</translation>
    </message>
</context>
<context>
    <name>LockDialogs</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="23"/>
        <source>an unreadable lock file ({path})</source>
        <translation>un fichier de verrou illisible ({path})</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="36"/>
        <source>The project is in use</source>
        <translation>Le projet est utilisé</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="39"/>
        <source>“{name}” is locked by {holder}, which is no longer running (it probably quit unexpectedly).</source>
        <translation>« {name} » est verrouillé par {holder}, qui ne tourne plus (il s'est probablement arrêté de façon inattendue).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="41"/>
        <source>Clear the lock to edit the project, or open it read-only.</source>
        <translation>Levez le verrou pour modifier le projet, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="42"/>
        <source>&amp;Clear Lock and Open</source>
        <translation>&amp;Lever le verrou et ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="44"/>
        <source>“{name}” is open in another Retro Editor: {holder}.</source>
        <translation>« {name} » est ouvert dans un autre Retro Editor : {holder}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="46"/>
        <source>Two editors saving one project would overwrite each other's work. Open it read-only to read it here, or cancel. Clear the lock only if you are sure that editor is closed.</source>
        <translation>Deux éditeurs qui enregistrent le même projet écraseraient mutuellement leur travail. Ouvrez-le en lecture seule pour le lire ici, ou annulez. Ne levez le verrou que si vous êtes sûr que l'autre éditeur est fermé.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="49"/>
        <source>&amp;Clear Lock Anyway and Open</source>
        <translation>Lever le verrou &amp;quand même et ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="50"/>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en lecture &amp;seule</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="69"/>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="70"/>
        <source>“{name}” is open read-only because another Retro Editor holds it.</source>
        <translation>« {name} » est ouvert en lecture seule parce qu'un autre Retro Editor l'utilise.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="72"/>
        <source>Save a copy somewhere else to keep your changes.</source>
        <translation>Enregistrez une copie ailleurs pour garder vos modifications.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="73"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="150"/>
        <source>Markdown editor</source>
        <translation>Éditeur Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="172"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="173"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="174"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="193"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="196"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="326"/>
        <source>The project was not opened. What you typed is still shown, read-only: copy it to keep it.</source>
        <translation>Le projet n'a pas été ouvert. Ce que vous avez tapé reste affiché, en lecture seule : copiez-le pour le garder.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="483"/>
        <source>{name} (read-only)</source>
        <translation>{name} (lecture seule)</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/editor.py" line="110"/>
        <source>Markdown editor</source>
        <translation>Éditeur Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/editor.py" line="111"/>
        <source>The article text in Markdown</source>
        <translation>Le texte de l'article en Markdown</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="52"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="53"/>
        <source>Revised</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="54"/>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="288"/>
        <source>{title}: level {level} heading on line {line}; {words} words with its subsections</source>
        <translation>{title} : titre de niveau {level} à la ligne {line} ; {words} mots avec ses sous-sections</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="417"/>
        <source>{title}, level {level}</source>
        <translation>{title}, niveau {level}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="421"/>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="422"/>
        <source>{count} words</source>
        <translation>{count} mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="423"/>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="63"/>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="499"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="65"/>
        <source>The article's sections. Enter goes to a section; drag a section or use the context menu to move, rename, add or delete sections.</source>
        <translation>Les sections de l'article. Entrée va à une section ; faites glisser une section ou utilisez le menu contextuel pour déplacer, renommer, ajouter ou supprimer des sections.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="240"/>
        <source>&amp;Go to Section</source>
        <translation>&amp;Aller à la section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="242"/>
        <source>&amp;Promote</source>
        <translation>&amp;Monter d'un niveau</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="244"/>
        <source>&amp;Demote</source>
        <translation>&amp;Descendre d'un niveau</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="246"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="248"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="250"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="253"/>
        <source>Add &amp;Section After</source>
        <translation>Ajouter une &amp;section après</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="256"/>
        <source>Add Su&amp;bsection</source>
        <translation>Ajouter une sous-sec&amp;tion</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="258"/>
        <source>De&amp;lete Section…</source>
        <translation>&amp;Supprimer la section…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="260"/>
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="328"/>
        <source>Section actions</source>
        <translation>Actions sur la section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="416"/>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="433"/>
        <source>The outline was not changed: {reason}.</source>
        <translation>Le plan n'a pas été modifié : {reason}.</translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <location filename="../../src/retro_editor/ui/wiring.py" line="230"/>
        <source>The pasted image could not be converted to PNG.</source>
        <translation>L'image collée n'a pas pu être convertie en PNG.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/wiring.py" line="235"/>
        <source>The image was not added</source>
        <translation>L'image n'a pas été ajoutée</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="71"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="72"/>
        <source>A date like 1999-03-14, or just 1999-03 or 1999; Alt+Down opens a calendar</source>
        <translation>Une date comme 1999-03-14, ou seulement 1999-03 ou 1999 ; Alt+Bas ouvre un calendrier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="76"/>
        <source>Choose from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="77"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste.py" line="52"/>
        <source>The paste links {n} image(s) on the web: Edit → Download Web Images copies them into assets/.</source>
        <translation>Le collage lie {n} image(s) du web : Édition → Télécharger les images du web les copie dans assets/.</translation>
    </message>
</context>
<context>
    <name>PasteConversion</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste_conversion.py" line="95"/>
        <source>Paste cancelled.</source>
        <translation>Collage annulé.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste_conversion.py" line="134"/>
        <source>The pasted HTML could not be converted (its helper process failed); it was pasted as plain text.</source>
        <translation>Le HTML collé n’a pas pu être converti (son processus auxiliaire a échoué) ; il a été collé en texte brut.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste_conversion.py" line="143"/>
        <source>The paste was not inserted: the document can no longer be edited.</source>
        <translation>Le collage n’a pas été inséré : le document ne peut plus être modifié.</translation>
    </message>
</context>
<context>
    <name>PasteProgress</name>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="19"/>
        <source>Converting the pasted HTML…</source>
        <translation>Conversion du HTML collé…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="23"/>
        <source>Paste conversion</source>
        <translation>Conversion du collage</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="26"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="27"/>
        <source>Stop converting; the document stays as it is</source>
        <translation>Arrêter la conversion ; le document reste tel quel</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="51"/>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="56"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="51"/>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="60"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="51"/>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="60"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="66"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="67"/>
        <source>&amp;Font:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="69"/>
        <source>Font &amp;size:</source>
        <translation>&amp;Taille de police :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="69"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="70"/>
        <source>&amp;Line width:</source>
        <translation>&amp;Largeur de ligne :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="70"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="71"/>
        <source>Line spa&amp;cing:</source>
        <translation>&amp;Interligne :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="72"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="72"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="74"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="75"/>
        <source>Application &amp;theme:</source>
        <translation>&amp;Thème de l'application :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="76"/>
        <source>&amp;Page theme of new projects:</source>
        <translation>Thème de &amp;page des nouveaux projets :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="77"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l'interface :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="78"/>
        <source>A new language shows after Retro Editor restarts.</source>
        <translation>Une nouvelle langue s'affiche après le redémarrage de Retro Editor.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="80"/>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="81"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="82"/>
        <source>&amp;Save automatically after typing stops:</source>
        <translation>&amp;Enregistrer automatiquement après la frappe :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="83"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="83"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="84"/>
        <source>&amp;Back up on save at most every:</source>
        <translation>&amp;Sauvegarder à l'enregistrement au plus toutes les :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="85"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="85"/>
        <source>every save</source>
        <translation>à chaque enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="86"/>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Garder les plus récentes :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="101"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="104"/>
        <source>Topics</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="30"/>
        <source>Spell-check languages</source>
        <translation>Langues de la vérification orthographique</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="36"/>
        <source>Open a project to choose the languages its spell check uses.</source>
        <translation>Ouvrez un projet pour choisir les langues de sa vérification orthographique.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="41"/>
        <source>The languages this project is checked in; a word is correct if any of them knows it. None ticked: the article's language ({language}).</source>
        <translation>Les langues dans lesquelles ce projet est vérifié ; un mot est correct si l'une d'elles le connaît. Aucune cochée : la langue de l'article ({language}).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="45"/>
        <source>No spelling dictionaries are installed (Hunspell dictionaries through Enchant); the user guide says how to add them.</source>
        <translation>Aucun dictionnaire orthographique n'est installé (dictionnaires Hunspell via Enchant) ; le guide de l'utilisateur explique comment en ajouter.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="48"/>
        <source>{language} (not installed)</source>
        <translation>{language} (non installé)</translation>
    </message>
</context>
<context>
    <name>PreviewPlaceholder</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/factory.py" line="40"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/factory.py" line="44"/>
        <source>The live preview is not available: this installation lacks Qt WebEngine. Export to HTML to see the page.</source>
        <translation>L'aperçu en direct n'est pas disponible : Qt WebEngine manque dans cette installation. Exportez en HTML pour voir la page.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="124"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="200"/>
        <source>No program on this computer is set up to open {link}.</source>
        <translation>Aucun programme de cet ordinateur n'est configuré pour ouvrir {link}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="205"/>
        <source>The address {address} was copied to the clipboard.</source>
        <translation>L'adresse {address} a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="411"/>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="440"/>
        <source>The preview could not be updated: {reason}</source>
        <translation>L'aperçu n'a pas pu être mis à jour : {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="117"/>
        <source>Imported with problems</source>
        <translation>Importé avec des problèmes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="118"/>
        <source>The file was imported. What did not fit is kept as it was written; fix it before publishing:</source>
        <translation>Le fichier a été importé. Ce qui ne convenait pas est conservé tel qu'écrit ; corrigez-le avant de publier :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="128"/>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="130"/>
        <source>Cannot open the project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="149"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="177"/>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="220"/>
        <source>Cannot clear the lock</source>
        <translation>Impossible de lever le verrou</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="261"/>
        <source>the project is read-only</source>
        <translation>le projet est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="263"/>
        <source>the project is not saved in a folder yet</source>
        <translation>le projet n'est pas encore enregistré dans un dossier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="267"/>
        <source>the files were changed by another program</source>
        <translation>les fichiers ont été modifiés par un autre programme</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="285"/>
        <source>Project upgraded to format {n} on save; older versions of Retro Editor cannot open it now</source>
        <translation>Projet mis à niveau au format {n} à l'enregistrement ; les versions antérieures de Retro Editor ne peuvent plus l'ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="300"/>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="343"/>
        <source>Cannot reload the project</source>
        <translation>Impossible de recharger le projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="344"/>
        <source>Your version is still open.</source>
        <translation>Votre version est toujours ouverte.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="53"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="54"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="55"/>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Si vous n'enregistrez pas, vos modifications depuis le dernier enregistrement seront perdues.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="67"/>
        <source>{n} files at the destination were not written by an earlier export, or were changed since. Replace them?</source>
        <translation>{n} fichiers de la destination n'ont pas été écrits par une exportation précédente, ou ont changé depuis. Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="70"/>
        <source>Replace changed files?</source>
        <translation>Remplacer les fichiers modifiés ?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="93"/>
        <source>Delete the section "{title}"?</source>
        <translation>Supprimer la section « {title} » ?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="95"/>
        <source>Its subsection will be deleted too.</source>
        <translation>Sa sous-section sera aussi supprimée.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="96"/>
        <source>Its {count} subsections will be deleted too.</source>
        <translation>Ses {count} sous-sections seront aussi supprimées.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="98"/>
        <source>You can undo this in the editor.</source>
        <translation>Vous pouvez l'annuler dans l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="99"/>
        <source>Delete Section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="114"/>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="115"/>
        <source>Retro Editor projects (*.retro);;Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>Projets Retro Editor (*.retro);;Fichiers Markdown (*.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="126"/>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="127"/>
        <location filename="../../src/retro_editor/ui/prompts.py" line="133"/>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="132"/>
        <source>Choose a Cover Image</source>
        <translation>Choisir une image de couverture</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="139"/>
        <source>Export to folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="141"/>
        <source>Export to file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="191"/>
        <source>Sign In to {url}</source>
        <translation>Se connecter à {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="192"/>
        <source>User name:</source>
        <translation>Nom d'utilisateur :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="196"/>
        <source>Password or access token:</source>
        <translation>Mot de passe ou jeton d'accès :</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="26"/>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="28"/>
        <source>Retro Editor did not close normally. Unsaved changes to “{title}” from {when} were kept.</source>
        <translation>Retro Editor ne s'est pas fermé normalement. Les modifications non enregistrées de « {title} » du {when} ont été conservées.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="30"/>
        <source>The project is in {folder}.</source>
        <translation>Le projet se trouve dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="31"/>
        <source>The project was never saved; it was to be saved in {folder}.</source>
        <translation>Le projet n'a jamais été enregistré ; il devait l'être dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="33"/>
        <source>Restore them as unsaved changes (nothing is written until you save), compare them with the files on disk, or discard them.</source>
        <translation>Restaurez-les comme modifications non enregistrées (rien n'est écrit avant que vous enregistriez), comparez-les aux fichiers sur le disque ou abandonnez-les.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="35"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="37"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="39"/>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="41"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="144"/>
        <source>Unsaved changes could not be copied to the recovery folder: {error}</source>
        <translation>Les modifications non enregistrées n'ont pas pu être copiées dans le dossier de récupération : {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="211"/>
        <source>on disk</source>
        <translation>sur le disque</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="211"/>
        <source>recovered</source>
        <translation>récupéré</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="212"/>
        <source>Recovered changes and the files on disk</source>
        <translation>Modifications récupérées et fichiers sur le disque</translation>
    </message>
</context>
<context>
    <name>RelatedModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="70"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="70"/>
        <source>Archived copy</source>
        <translation>Copie archivée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="70"/>
        <source>Issue</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="71"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>RelatedTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="52"/>
        <source>Related</source>
        <translation>Associés</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="61"/>
        <source>Related news</source>
        <translation>Actualités liées</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="63"/>
        <source>Related links: title, URL, source, date, views and note. Ctrl+V adds a copied URL, Ctrl+Return opens the selected link, Alt+Up and Alt+Down move rows, Delete removes them.</source>
        <translation>Liens associés : titre, URL, source, date, vues et note. Ctrl+V ajoute une URL copiée, Ctrl+Entrée ouvre le lien sélectionné, Alt+Haut et Alt+Bas déplacent les lignes, Suppr les retire.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="67"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="67"/>
        <source>Add an empty row</source>
        <translation>Ajouter une ligne vide</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="68"/>
        <source>Pa&amp;ste URL</source>
        <translation>C&amp;oller une URL</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="69"/>
        <source>Add a row for the URL on the clipboard (Ctrl+V)</source>
        <translation>Ajouter une ligne pour l'URL du presse-papiers (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="70"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="71"/>
        <source>Delete the selected rows (Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="72"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="73"/>
        <source>Move the selected rows up (Alt+Up)</source>
        <translation>Monter les lignes sélectionnées (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="74"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="75"/>
        <source>Move the selected rows down (Alt+Down)</source>
        <translation>Descendre les lignes sélectionnées (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="76"/>
        <source>Open in &amp;Browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="77"/>
        <source>Open the selected link in the web browser (Ctrl+Return)</source>
        <translation>Ouvrir le lien sélectionné dans le navigateur web (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="91"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="96"/>
        <source>Problems in the related links</source>
        <translation>Problèmes dans les liens associés</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="170"/>
        <source>The clipboard holds no http or https URL to add. Copy a link (such as https://example.com/news) and paste again.</source>
        <translation>Le presse-papiers ne contient aucune URL http ou https à ajouter. Copiez un lien (comme https://example.com/news) et collez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="184"/>
        <source>Added a link; check its title.</source>
        <translation>Lien ajouté ; vérifiez son titre.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="186"/>
        <source>Added {count} links; check their titles.</source>
        <translation>{count} liens ajoutés ; vérifiez leurs titres.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="201"/>
        <source>Not opened: row {rows} has no http or https URL.</source>
        <translation>Non ouvert : la ligne {rows} n'a pas d'URL http ou https.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="214"/>
        <source>Reading {url} …</source>
        <translation>Lecture de {url}…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="227"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="232"/>
        <source>Row {row}: could not read {url} ({reason}). The URL is kept; fill in the other cells by hand.</source>
        <translation>Ligne {row} : impossible de lire {url} ({reason}). L'URL est conservée ; remplissez les autres cellules à la main.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="242"/>
        <source>Row {row}: filled from the page; check it.</source>
        <translation>Ligne {row} : remplie depuis la page ; vérifiez-la.</translation>
    </message>
</context>
<context>
    <name>RenderProcess</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="130"/>
        <source>The preview's render process is not running.</source>
        <translation>Le processus de rendu de l'aperçu ne tourne pas.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="148"/>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="196"/>
        <source>The preview's render process stopped.</source>
        <translation>Le processus de rendu de l'aperçu s'est arrêté.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="193"/>
        <source>Rendering the article took too long.</source>
        <translation>Le rendu de l'article a pris trop de temps.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="200"/>
        <source>The preview's render process could not start.</source>
        <translation>Le processus de rendu de l'aperçu n'a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>SafetyServices</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/__init__.py" line="62"/>
        <source>Opened read-only: another Retro Editor has this project open. Use Save As to keep changes.</source>
        <translation>Ouvert en lecture seule : un autre Retro Editor a ce projet ouvert. Utilisez « Enregistrer sous » pour garder vos modifications.</translation>
    </message>
</context>
<context>
    <name>SaveFailed</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="19"/>
        <source>The project was not saved</source>
        <translation>Le projet n'a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="21"/>
        <source>Your changes are still here, unsaved. Fix the problem and save again, or save a copy of the project somewhere else.</source>
        <translation>Vos modifications sont toujours là, non enregistrées. Corrigez le problème et enregistrez à nouveau, ou enregistrez une copie du projet ailleurs.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="25"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="57"/>
        <source>Invalid regular expression: {error} (at {offset})</source>
        <translation>Expression régulière non valide : {error} (à {offset})</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="95"/>
        <source>invalid group reference {group}</source>
        <translation>référence de groupe non valide {group}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="98"/>
        <source>unknown group name {group}</source>
        <translation>nom de groupe inconnu {group}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="108"/>
        <source>bad escape (end of pattern)</source>
        <translation>échappement incorrect (fin du motif)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="112"/>
        <source>bad escape \{escape}</source>
        <translation>échappement incorrect \{escape}</translation>
    </message>
</context>
<context>
    <name>SearchSocialTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="141"/>
        <source>Search and social preview</source>
        <translation>Aperçu dans la recherche et sur les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="164"/>
        <source>In search results</source>
        <translation>Dans les résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="170"/>
        <source>Cut where a desktop result page cuts: the title beyond 600 px of 20 px Arial, the description beyond 920 px of 14 px.</source>
        <translation>Coupé là où coupe une page de résultats sur ordinateur : le titre au-delà de 600 px en Arial 20 px, la description au-delà de 920 px en 14 px.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="180"/>
        <source>As a social card</source>
        <translation>En carte sur les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="195"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="197"/>
        <source>Search and social warnings</source>
        <translation>Avertissements pour la recherche et les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="206"/>
        <source>Structured data</source>
        <translation>Données structurées</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="209"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="210"/>
        <source>News article</source>
        <translation>Article d'actualité</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="211"/>
        <source>Type of article</source>
        <translation>Type d'article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="213"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="215"/>
        <source>&amp;Publisher:</source>
        <translation>É&amp;diteur :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="215"/>
        <source>Site or magazine name</source>
        <translation>Nom du site ou du magazine</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="216"/>
        <source>&amp;Home page:</source>
        <translation>Page d'&amp;accueil :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="217"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="217"/>
        <source>URL or assets/logo.png</source>
        <translation>URL ou assets/logo.png</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="290"/>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="294"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="291"/>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="335"/>
        <source>No warnings: search engines and social sites have what they need.</source>
        <translation>Aucun avertissement : les moteurs de recherche et les réseaux sociaux ont tout ce qu'il leur faut.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="341"/>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
</context>
<context>
    <name>SectionOperations</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/operations.py" line="163"/>
        <source>the project is open read-only</source>
        <translation>le projet est ouvert en lecture seule</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="46"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="54"/>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="57"/>
        <source>Heading level</source>
        <translation>Niveau de titre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="62"/>
        <source>Section status</source>
        <translation>État de la section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="65"/>
        <source>What this section still needs…</source>
        <translation>Ce qui manque encore à cette section…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="66"/>
        <source>Section note</source>
        <translation>Note de la section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="73"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="74"/>
        <source> words</source>
        <translation> mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="75"/>
        <source>Word target</source>
        <translation>Objectif de mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="76"/>
        <source>How many words this section should have (0: no target)</source>
        <translation>Combien de mots cette section devrait compter (0 : pas d'objectif)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="78"/>
        <source>Words written</source>
        <translation>Mots écrits</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="81"/>
        <source>Progress towards the word target</source>
        <translation>Progression vers l'objectif de mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="83"/>
        <source>Put the cursor in a section of the article to see its status, note and word target here.</source>
        <translation>Placez le curseur dans une section de l'article pour voir ici son état, sa note et son objectif de mots.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="92"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="92"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="93"/>
        <source>Word &amp;target:</source>
        <translation>&amp;Objectif de mots :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="94"/>
        <source>Words:</source>
        <translation>Mots :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="139"/>
        <source>No section</source>
        <translation>Aucune section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="140"/>
        <source>Level {level} heading</source>
        <translation>Titre de niveau {level}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="203"/>
        <source>{words} / {target} words</source>
        <translation>{words} / {target} mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="208"/>
        <source>{words} words</source>
        <translation>{words} mots</translation>
    </message>
</context>
<context>
    <name>ShortcutReference</name>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="90"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="148"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="150"/>
        <source>Filter by command or key…</source>
        <translation>Filtrer par commande ou touche…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="151"/>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="157"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="157"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="36"/>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="44"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="44"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="45"/>
        <source>Related</source>
        <translation>Associés</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="45"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="46"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="46"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="154"/>
        <source>{tab}: {problem}</source>
        <translation>{tab} : {problem}</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="168"/>
        <source>Spell check is off: the Enchant library is not installed</source>
        <translation>Vérification orthographique désactivée : la bibliothèque Enchant n'est pas installée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="170"/>
        <source>No spelling dictionary for {languages}</source>
        <translation>Aucun dictionnaire orthographique pour {languages}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="171"/>
        <source>No spelling dictionary for {languages}; spell check is off</source>
        <translation>Aucun dictionnaire orthographique pour {languages} ; vérification désactivée</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="173"/>
        <source>Project dictionary not read: {reason}</source>
        <translation>Dictionnaire du projet non lu : {reason}</translation>
    </message>
</context>
<context>
    <name>SpellMarks</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="115"/>
        <source>(No Suggestions)</source>
        <translation>(Aucune suggestion)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="118"/>
        <source>Add to Project Dictionary</source>
        <translation>Ajouter au dictionnaire du projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="121"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="133"/>
        <source>Not added to the project dictionary: {reason}</source>
        <translation>Non ajouté au dictionnaire du projet : {reason}</translation>
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
        <translation>De longs articles rétrospectifs, du plan à la page publiée.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="86"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="87"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="88"/>
        <source>Open the &amp;Sample Article</source>
        <translation>Ouvrir l'article d'e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="99"/>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="102"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="105"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="105"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="105"/>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="121"/>
        <source>No recent projects yet: start a new one, open one, or look around the sample article.</source>
        <translation>Pas encore de projet récent : créez-en un, ouvrez-en un ou découvrez l'article d'exemple.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="127"/>
        <source>O&amp;pen</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="130"/>
        <source>Re&amp;move from List</source>
        <translation>Retirer de la &amp;liste</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="133"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="207"/>
        <source>cannot be opened</source>
        <translation>impossible à ouvrir</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="108"/>
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="109"/>
        <source>{n} min read</source>
        <translation>{n} min de lecture</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="142"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="142"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="144"/>
        <source>{state} — 1 field needs attention</source>
        <translation>{state} — 1 champ à examiner</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="146"/>
        <source>{state} — {n} fields need attention</source>
        <translation>{state} — {n} champs à examiner</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="147"/>
        <source>Fields holding a value that is not valid yet are saved as drafts and marked in the side panel</source>
        <translation>Les champs dont la valeur n'est pas encore valide sont enregistrés comme brouillons et signalés dans le panneau latéral</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="150"/>
        <source>{state} — autosave failed, retrying</source>
        <translation>{state} — échec de l'enregistrement automatique, nouvelle tentative à venir</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="100"/>
        <source>row {row} {field} {problem}</source>
        <translation>ligne {row} {field} {problem}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="108"/>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="108"/>
        <source>{count} problems</source>
        <translation>{count} problèmes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="109"/>
        <source>{summary}: {problems}</source>
        <translation>{summary} : {problems}</translation>
    </message>
</context>
<context>
    <name>ViewsDelegate</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="65"/>
        <source>e.g. 1843 or 12k</source>
        <translation>p. ex. 1843 ou 12k</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="66"/>
        <source>A whole number of views; 12k and 1.2M are understood</source>
        <translation>Un nombre entier de vues ; 12k et 1.2M sont compris</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="67"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="122"/>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="122"/>
        <source>Article title:</source>
        <translation>Titre de l'article :</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="126"/>
        <source>Create the project folder</source>
        <translation>Créer le dossier du projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="143"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="147"/>
        <source>Cannot open the project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="148"/>
        <source>{path}: the project is no longer there</source>
        <translation>{path} : le projet n'est plus là</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="170"/>
        <source>Cannot copy the sample article</source>
        <translation>Impossible de copier l'article d'exemple</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="238"/>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="241"/>
        <source>Check Project</source>
        <translation>Vérifier le projet</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="238"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="242"/>
        <source>{n} problem(s) found.</source>
        <translation>{n} problème(s) trouvé(s).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="258"/>
        <source>About Retro Editor</source>
        <translation>À propos de Retro Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="259"/>
        <source>&lt;h3&gt;Retro Editor {version}&lt;/h3&gt;&lt;p&gt;Write long-form retrospective articles in Markdown: outline, editor, live preview, metadata, fact box and related news.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Retro Editor {version}&lt;/h3&gt;&lt;p&gt;Écrivez de longs articles rétrospectifs en Markdown : plan, éditeur, aperçu en direct, métadonnées, encadré de faits et actualités liées.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>_CoverImage</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="114"/>
        <source>No cover image</source>
        <translation>Pas d'image de couverture</translation>
    </message>
</context>
</TS>
