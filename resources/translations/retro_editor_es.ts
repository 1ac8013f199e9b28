<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="48"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="48"/>
        <source>Create a new article project</source>
        <translation>Crear un nuevo proyecto de artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="50"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="50"/>
        <source>Open a project folder, .retro file or .md file</source>
        <translation>Abrir una carpeta de proyecto, un archivo .retro o .md</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="52"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="52"/>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="53"/>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="54"/>
        <source>Save a copy of the project in a new folder</source>
        <translation>Guardar una copia del proyecto en una carpeta nueva</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="55"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="55"/>
        <source>Export the article</source>
        <translation>Exportar el artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="57"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="60"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="61"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="63"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="64"/>
        <source>Paste; a web page or word-processor text comes in as Markdown</source>
        <translation>Pegar, convirtiendo a Markdown el texto de una página web o de un procesador de textos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="65"/>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>Pegar como texto sin &amp;formato</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="66"/>
        <source>Paste only the text, without headings, emphasis or links</source>
        <translation>Pegar solo el texto, sin títulos, énfasis ni enlaces</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="67"/>
        <source>Download &amp;Web Images</source>
        <translation>Descargar &amp;imágenes de la web</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="68"/>
        <source>Copy the images the article links on the web into assets/ and link the copies</source>
        <translation>Copiar en assets/ las imágenes de la web que enlaza el artículo y enlazar las copias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="70"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="71"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="72"/>
        <source>Find and Rep&amp;lace…</source>
        <translation>Buscar y ree&amp;mplazar…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="73"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="74"/>
        <source>Editor, appearance, interface language, spelling, saving and backups</source>
        <translation>Editor, apariencia, idioma de la interfaz, ortografía, guardado y copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="76"/>
        <source>&amp;Outline</source>
        <translation>&amp;Esquema</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="77"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="78"/>
        <source>&amp;Side Panel</source>
        <translation>Panel &amp;lateral</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="79"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="80"/>
        <source>The project's versions: compare them and restore a section</source>
        <translation>Las versiones del proyecto: compararlas y restaurar una sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="81"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="82"/>
        <source>Zoom O&amp;ut</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="83"/>
        <source>&amp;Reset Zoom</source>
        <translation>Restablecer &amp;zoom</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="84"/>
        <source>&amp;Focus Mode</source>
        <translation>Modo &amp;concentración</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="85"/>
        <source>Dim everything but the paragraph being written</source>
        <translation>Atenuar todo salvo el párrafo que se está escribiendo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="86"/>
        <source>&amp;Typewriter Scrolling</source>
        <translation>Desplazamiento de &amp;máquina de escribir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="87"/>
        <source>Keep the line being written at the middle of the editor</source>
        <translation>Mantener la línea que se escribe en el centro del editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="88"/>
        <source>&amp;Distraction-Free Full Screen</source>
        <translation>Pantalla completa &amp;sin distracciones</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="89"/>
        <source>Only the editor, full screen; Esc leaves</source>
        <translation>Solo el editor, a pantalla completa; Esc para salir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="90"/>
        <source>&amp;Image…</source>
        <translation>&amp;Imagen…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="91"/>
        <source>Copy an image into the project and link it</source>
        <translation>Copiar una imagen al proyecto y enlazarla</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="92"/>
        <source>&amp;Section</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="92"/>
        <source>Add a section after the current one</source>
        <translation>Añadir una sección después de la actual</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="93"/>
        <source>&amp;Footnote</source>
        <translation>&amp;Nota al pie</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="94"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="95"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Propiedades…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="95"/>
        <source>Edit the article's metadata</source>
        <translation>Editar los metadatos del artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="96"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Objetivos…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="97"/>
        <source>Set the article's word goal and deadline, and the session's goal</source>
        <translation>Definir el objetivo de palabras y la fecha límite del artículo, y el objetivo de la sesión</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="98"/>
        <source>&amp;Check Project</source>
        <translation>&amp;Comprobar proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="99"/>
        <source>Look for broken images and invalid fields</source>
        <translation>Buscar imágenes rotas y campos no válidos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="100"/>
        <source>Check &amp;Links</source>
        <translation>Comprobar &amp;enlaces</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="101"/>
        <source>Check every link of the article, the related news and the canonical URL</source>
        <translation>Comprobar cada enlace del artículo, de las noticias relacionadas y la URL canónica</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="102"/>
        <source>Show Project &amp;Folder</source>
        <translation>Mostrar la carpe&amp;ta del proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="103"/>
        <source>&amp;Name This Version…</source>
        <translation>&amp;Nombrar esta versión…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="104"/>
        <source>Save and give this version a name, like “Sent to editor”</source>
        <translation>Guardar y dar un nombre a esta versión, como «Enviado a redacción»</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="105"/>
        <source>S&amp;ync</source>
        <translation>S&amp;incronizar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="106"/>
        <source>Send and bring in versions through a git repository: the same project on every machine</source>
        <translation>Enviar y traer versiones mediante un repositorio git: el mismo proyecto en cada equipo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="108"/>
        <source>Restore &amp;Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="109"/>
        <source>Bring back the whole project from a zip backup (to compare versions or restore one section, use View → History)</source>
        <translation>Recuperar todo el proyecto desde una copia de seguridad zip (para comparar versiones o restaurar una sola sección, use Ver → Historial)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="111"/>
        <source>Backup P&amp;references…</source>
        <translation>Pre&amp;ferencias de copias…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="112"/>
        <source>How often backups are made and how many are kept</source>
        <translation>Con qué frecuencia se hacen copias de seguridad y cuántas se conservan</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="113"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="114"/>
        <source>How Retro Editor works, page by page</source>
        <translation>Cómo funciona Retro Editor, página a página</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="115"/>
        <source>&amp;Markdown Cheat Sheet</source>
        <translation>Chuleta de &amp;Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="116"/>
        <source>The Markdown the editor understands, with what each piece becomes</source>
        <translation>El Markdown que entiende el editor y en qué se convierte cada elemento</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="117"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="118"/>
        <source>Every command with its keyboard shortcuts</source>
        <translation>Cada orden con sus atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="119"/>
        <source>&amp;About Retro Editor</source>
        <translation>A&amp;cerca de Retro Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="124"/>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="125"/>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="126"/>
        <source>Inline &amp;Code</source>
        <translation>Código en &amp;línea</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="127"/>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Tachado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="128"/>
        <source>Insert &amp;Link</source>
        <translation>Insertar &amp;enlace</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="129"/>
        <source>Body &amp;Text</source>
        <translation>T&amp;exto normal</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="130"/>
        <source>Heading &amp;1</source>
        <translation>Encabezado &amp;1</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="131"/>
        <source>Heading &amp;2</source>
        <translation>Encabezado &amp;2</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="132"/>
        <source>Heading &amp;3</source>
        <translation>Encabezado &amp;3</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="133"/>
        <source>Heading &amp;4</source>
        <translation>Encabezado &amp;4</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="134"/>
        <source>Heading &amp;5</source>
        <translation>Encabezado &amp;5</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="135"/>
        <source>Heading &amp;6</source>
        <translation>Encabezado &amp;6</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="145"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="149"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="151"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="154"/>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/actions.py" line="158"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>ArticleTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="88"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="111"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="112"/>
        <source>Su&amp;btitle:</source>
        <translation>S&amp;ubtítulo:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="112"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
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
        <translation>&amp;Publicado:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="115"/>
        <source>Published date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="118"/>
        <source>Up&amp;dated:</source>
        <translation>Ac&amp;tualizado:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="118"/>
        <source>Last updated date</source>
        <translation>Fecha de la última actualización</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="120"/>
        <source>A date like 1999-03-14, or just 1999-03 or 1999; Alt+Down opens a calendar</source>
        <translation>Una fecha como 1999-03-14, o solo 1999-03 o 1999; Alt+Abajo abre un calendario</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="125"/>
        <source>↺ Follow title</source>
        <translation>↺ Seguir el título</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="126"/>
        <source>Make the slug follow the title</source>
        <translation>Hacer que el slug siga al título</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="127"/>
        <source>Derive the slug from the title again</source>
        <translation>Volver a derivar el slug del título</translation>
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
        <translation>La última parte de la dirección web de la página; sigue al título hasta que lo edite</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="142"/>
        <source>Summary length</source>
        <translation>Longitud del resumen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="149"/>
        <source>Su&amp;mmary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="149"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="151"/>
        <source>The description shown by search engines and link previews</source>
        <translation>La descripción que muestran los buscadores y las vistas previas de enlaces</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="154"/>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="154"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="155"/>
        <source>music video, 2001, animation</source>
        <translation>videoclip, 2001, animación</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="156"/>
        <source>Separate tags with commas</source>
        <translation>Separe las etiquetas con comas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="157"/>
        <source>Categor&amp;y:</source>
        <translation>Categor&amp;ía:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="157"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="158"/>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="158"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="160"/>
        <source>A language tag such as en, fr or pt-BR</source>
        <translation>Una etiqueta de idioma como en, fr o pt-BR</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="166"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="167"/>
        <source>Choose a cover image</source>
        <translation>Elegir una imagen de portada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="168"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="169"/>
        <source>Remove the cover image</source>
        <translation>Quitar la imagen de portada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="184"/>
        <source>Cover image:</source>
        <translation>Imagen de portada:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="184"/>
        <source>Cover image</source>
        <translation>Imagen de portada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="187"/>
        <source>Canonical &amp;URL:</source>
        <translation>&amp;URL canónica:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="188"/>
        <source>Canonical URL</source>
        <translation>URL canónica</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="190"/>
        <source>The page's main address, if it is also published elsewhere (http or https)</source>
        <translation>La dirección principal de la página, si también se publica en otro sitio (http o https)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="239"/>
        <source>{field} problem</source>
        <translation>Problema en {field}</translation>
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
        <translation>No se pudo añadir la imagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="461"/>
        <source>No summary yet — about {limit} characters suit search snippets</source>
        <translation>Aún no hay resumen: unos {limit} caracteres son adecuados para los fragmentos de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="463"/>
        <source>{count} / {limit} characters — a little short for search snippets</source>
        <translation>{count} / {limit} caracteres: algo corto para los fragmentos de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="465"/>
        <source>{count} / {limit} characters — good for search snippets</source>
        <translation>{count} / {limit} caracteres: bien para los fragmentos de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="467"/>
        <source>{count} / {limit} characters — search engines will cut it short</source>
        <translation>{count} / {limit} caracteres: los buscadores lo recortarán</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="477"/>
        <source>Pick an image; it is copied into the project's assets folder</source>
        <translation>Elija una imagen; se copia en la carpeta «assets» del proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="478"/>
        <source>Images can be added once the project is open</source>
        <translation>Se pueden añadir imágenes cuando el proyecto esté abierto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="490"/>
        <source>The file {path} is missing</source>
        <translation>Falta el archivo {path}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="497"/>
        <source>No cover image</source>
        <translation>Sin imagen de portada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_tab.py" line="508"/>
        <source>The file {path} is not an image this editor can show</source>
        <translation>El archivo {path} no es una imagen que este editor pueda mostrar</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../src/retro_editor/ui/autosave.py" line="127"/>
        <source>Autosave works again: the project is saved.</source>
        <translation>El guardado automático vuelve a funcionar: el proyecto está guardado.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/autosave.py" line="132"/>
        <source>Autosave failed: {error}</source>
        <translation>Falló el guardado automático: {error}</translation>
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
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="28"/>
        <source>Replace the project's files with the backup of {when}?</source>
        <translation>¿Sustituir los archivos del proyecto por la copia de seguridad del {when}?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="30"/>
        <source>The files as they are now are backed up first.</source>
        <translation>Antes se guarda una copia de los archivos tal como están ahora.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="32"/>
        <source>Your unsaved changes will be lost.</source>
        <translation>Se perderán los cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="34"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="54"/>
        <source>Choose the version to bring back:</source>
        <translation>Elija la versión que desea recuperar:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="58"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_dialogs.py" line="72"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="125"/>
        <source>The backup failed: {error}</source>
        <translation>La copia de seguridad falló: {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="141"/>
        <source>The project is open read-only.</source>
        <translation>El proyecto está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="148"/>
        <source>There are no backups of this project yet.</source>
        <translation>Todavía no hay copias de seguridad de este proyecto.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="149"/>
        <source>Backups are made when the project is saved and closed. Every save is also a version in View → History, where one section can be compared and brought back.</source>
        <translation>Las copias de seguridad se hacen cuando el proyecto se guarda y se cierra. Cada guardado es también una versión en Ver → Historial, donde se puede comparar y recuperar una sección.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="161"/>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="162"/>
        <source>The files as they were before are in the newest backup.</source>
        <translation>Los archivos tal como estaban antes están en la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/backup_manager.py" line="169"/>
        <source>Restored the backup of {when}.</source>
        <translation>Se restauró la copia de seguridad del {when}.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="43"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="25"/>
        <source>Headings</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="26"/>
        <source>Emphasis</source>
        <translation>Énfasis</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="27"/>
        <source>Inline code</source>
        <translation>Código en línea</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="28"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="30"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="31"/>
        <source>The image from the project's assets folder, with its alternative text; paste or drop an image into the editor to copy it there.</source>
        <translation>La imagen de la carpeta «assets» del proyecto, con su texto alternativo; pegue o suelte una imagen en el editor para copiarla allí.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="33"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="34"/>
        <source>Task lists</source>
        <translation>Listas de tareas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="35"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="36"/>
        <source>Code blocks</source>
        <translation>Bloques de código</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="37"/>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="38"/>
        <source>Footnotes</source>
        <translation>Notas al pie</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="39"/>
        <source>Definition lists</source>
        <translation>Listas de definiciones</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="40"/>
        <source>Horizontal rule</source>
        <translation>Línea horizontal</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="41"/>
        <source>Line break</source>
        <translation>Salto de línea</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="42"/>
        <source>Escaping</source>
        <translation>Escapar caracteres</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="43"/>
        <source>Front matter</source>
        <translation>Encabezado (front matter)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="44"/>
        <source>At the very top of an imported file: read as the article's metadata, never printed.</source>
        <translation>Al principio de un archivo importado: se lee como metadatos del artículo y nunca se imprime.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="58"/>
        <source>Markdown Cheat Sheet</source>
        <translation>Chuleta de Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="59"/>
        <source>What you type in the editor, and what the page shows.</source>
        <translation>Lo que escribe en el editor y lo que muestra la página.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="60"/>
        <source>You type</source>
        <translation>Usted escribe</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/markdown_cheat_sheet.py" line="60"/>
        <source>You get</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="64"/>
        <source>yours</source>
        <translation>la suya</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="64"/>
        <source>on disk</source>
        <translation>en el disco</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="65"/>
        <source>Your version and the version on disk</source>
        <translation>Su versión y la versión en el disco</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="83"/>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="122"/>
        <source>Changed by another program</source>
        <translation>Modificado por otro programa</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="84"/>
        <source>{files} changed on disk while you have unsaved changes.</source>
        <translation>{files} cambió en el disco mientras tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="86"/>
        <source>Keep yours (saving will replace the version on disk), take theirs (your unsaved changes are dropped), or see both first.</source>
        <translation>Conserve la suya (al guardar se sustituirá la versión del disco), tome la otra (se descartan los cambios sin guardar) o vea antes ambas.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="88"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="89"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Tomar la otra</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="91"/>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="131"/>
        <source>&amp;See Both…</source>
        <translation>&amp;Ver ambas…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="108"/>
        <source>Files are missing</source>
        <translation>Faltan archivos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="111"/>
        <source>The project folder “{folder}” is gone: it was moved, renamed or deleted since it was opened.</source>
        <translation>La carpeta del proyecto «{folder}» ya no está: se movió, se renombró o se eliminó desde que se abrió.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="114"/>
        <source>{files} was deleted or moved since it was opened.</source>
        <translation>{files} se eliminó o se movió desde que se abrió.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="116"/>
        <source>Save here to write the project again at its old place, or save a copy somewhere else.</source>
        <translation>Guarde aquí para volver a escribir el proyecto en su sitio anterior, o guarde una copia en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="118"/>
        <source>Save &amp;Here</source>
        <translation>Guardar &amp;aquí</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="123"/>
        <source>{files} changed on disk since you opened or last saved it.</source>
        <translation>{files} cambió en el disco desde que lo abrió o lo guardó por última vez.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="125"/>
        <source>Saving now replaces the other program's version with yours.</source>
        <translation>Guardar ahora sustituye la versión del otro programa por la suya.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="126"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="128"/>
        <source>&amp;Reload Theirs</source>
        <translation>&amp;Recargar la otra</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/conflict_dialog.py" line="132"/>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="20"/>
        <source>Cover image preview</source>
        <translation>Vista previa de la imagen de portada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="25"/>
        <source>No cover</source>
        <translation>Sin portada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/article_fields.py" line="32"/>
        <source>Cannot show</source>
        <translation>No se puede mostrar</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="54"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="46"/>
        <source>{name}: too large to compare line by line; see its tab.
</source>
        <translation>{name}: demasiado grande para compararlo línea a línea; vea su pestaña.
</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="53"/>
        <source>The versions are identical.
</source>
        <translation>Las versiones son idénticas.
</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="86"/>
        <source>Compare Versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="92"/>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="94"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/diff_view.py" line="111"/>
        <source>{name} side by side</source>
        <translation>{name} lado a lado</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/retro_editor/export/docx.py" line="564"/>
        <source>Word document (DOCX)</source>
        <translation>Documento de Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="380"/>
        <source>E-book (EPUB 3)</source>
        <translation>Libro electrónico (EPUB 3)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="385"/>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/epub.py" line="387"/>
        <source>sections: one chapter per top-level section; single: one chapter</source>
        <translation>sections: un capítulo por cada sección de primer nivel; single: un único capítulo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="36"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="37"/>
        <source>a bundled theme; empty uses the project's theme</source>
        <translation>un tema incluido; vacío usa el tema del proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="130"/>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="135"/>
        <location filename="../../src/retro_editor/export/markdown.py" line="66"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="138"/>
        <source>Social image URL</source>
        <translation>URL de la imagen para redes sociales</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/html.py" line="139"/>
        <source>absolute URL of the cover for Open Graph and Twitter cards; empty: the copied cover resolved against the canonical URL, if any</source>
        <translation>URL absoluta de la portada para Open Graph y las tarjetas de Twitter; vacío: la portada copiada, resuelta respecto a la URL canónica si la hay</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="136"/>
        <source>Hugo page bundle</source>
        <translation>Paquete de página de Hugo (page bundle)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="143"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="144"/>
        <source>mark the page as a draft (draft: true)</source>
        <translation>marcar la página como borrador (draft: true)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="145"/>
        <location filename="../../src/retro_editor/export/jekyll.py" line="135"/>
        <source>Keep the title heading</source>
        <translation>Conservar el encabezado del título</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/hugo.py" line="146"/>
        <source>keep the article's leading # heading (themes print the title from the front matter)</source>
        <translation>conservar el encabezado # inicial del artículo (los temas muestran el título del front matter)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="128"/>
        <source>Jekyll post</source>
        <translation>Entrada de Jekyll</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="133"/>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="134"/>
        <source>the layout named in the front matter</source>
        <translation>el diseño indicado en el front matter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/jekyll.py" line="136"/>
        <source>keep the article's leading # heading (layouts print the title from the front matter)</source>
        <translation>conservar el encabezado # inicial del artículo (los diseños muestran el título del front matter)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/markdown.py" line="60"/>
        <source>Markdown with front matter</source>
        <translation>Markdown con front matter</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="227"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="233"/>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="234"/>
        <source>Margins (mm)</source>
        <translation>Márgenes (mm)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/pdf.py" line="235"/>
        <source>margin on every side, in millimetres (0 to 60)</source>
        <translation>margen en cada lado, en milímetros (de 0 a 60)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/raw_html.py" line="33"/>
        <source>Keep raw HTML as written (unsafe)</source>
        <translation>Conservar el HTML sin procesar tal como está escrito (inseguro)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/export/raw_html.py" line="34"/>
        <source>off: raw HTML is cleaned as in the preview (no scripts, event handlers or javascript: links); on: published exactly as written, scripts included - only for HTML you trust</source>
        <translation>desactivado: el HTML sin procesar se limpia como en la vista previa (sin scripts, manejadores de eventos ni enlaces javascript:); activado: se publica tal como está escrito, scripts incluidos; solo para HTML de confianza</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="46"/>
        <source>1 field holds a draft and is left out of the export:</source>
        <translation>1 campo contiene un borrador y queda fuera de la exportación:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="47"/>
        <source>{n} fields hold drafts and are left out of the export:</source>
        <translation>{n} campos contienen borradores y quedan fuera de la exportación:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="49"/>
        <source>{field} “{value}” {reason}</source>
        <translation>{field} «{value}» {reason}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="58"/>
        <source>Project's theme</source>
        <translation>Tema del proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="69"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="97"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="76"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="80"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="81"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="89"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="90"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="102"/>
        <source>Fields left out of the export</source>
        <translation>Campos que quedan fuera de la exportación</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="214"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="223"/>
        <source>Exporting {label}…</source>
        <translation>Exportando {label}…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="231"/>
        <source>Exported {path}</source>
        <translation>Exportado {path}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="233"/>
        <source>Exported, with warnings</source>
        <translation>Exportado, con advertencias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="235"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="240"/>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="242"/>
        <location filename="../../src/retro_editor/ui/export_dialog.py" line="244"/>
        <source>The export failed</source>
        <translation>La exportación falló</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="28"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="28"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="34"/>
        <source>Type a label, e.g. “Released”</source>
        <translation>Escriba una etiqueta, p. ej. «Estreno»</translation>
    </message>
</context>
<context>
    <name>FactsTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="51"/>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="56"/>
        <source>Facts about the subject</source>
        <translation>Datos sobre el tema</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="58"/>
        <source>Label and value pairs shown as the article's fact box. Alt+Up and Alt+Down move the selected rows; Delete removes them.</source>
        <translation>Pares de etiqueta y valor que se muestran como el cuadro de datos del artículo. Alt+Arriba y Alt+Abajo mueven las filas seleccionadas; Supr las elimina.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="62"/>
        <source>Facts about the subject, shown as a box on the page (Released: 2001, Director: …).</source>
        <translation>Datos sobre el tema, que se muestran en un cuadro en la página (Estreno: 2001, Dirección: …).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="66"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="67"/>
        <source>Add a fact below the selected one</source>
        <translation>Añadir un dato debajo del seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="68"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="69"/>
        <source>Remove the selected facts (Delete)</source>
        <translation>Quitar los datos seleccionados (Supr)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="70"/>
        <source>Move &amp;Up</source>
        <translation>Subi&amp;r</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="71"/>
        <source>Move the selected facts up (Alt+Up)</source>
        <translation>Subir los datos seleccionados (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="72"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="73"/>
        <source>Move the selected facts down (Alt+Down)</source>
        <translation>Bajar los datos seleccionados (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/facts_tab.py" line="84"/>
        <source>Problems in the facts</source>
        <translation>Problemas en los datos</translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="113"/>
        <source>{names} was deleted or moved by another program. Your text is still open: save to write it again.</source>
        <translation>Otro programa eliminó o movió {names}. Su texto sigue abierto: guarde para volver a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="125"/>
        <source>{names} changed on disk but cannot be read ({error}); your version is kept.</source>
        <translation>{names} cambió en el disco pero no se puede leer ({error}); se conserva su versión.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="128"/>
        <source>{names} changed on disk and was reloaded.</source>
        <translation>{names} cambió en el disco y se volvió a cargar.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/file_watcher.py" line="143"/>
        <source>Kept your version; saving will replace {names} on disk.</source>
        <translation>Se conservó su versión; al guardar se sustituirá {names} en el disco.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="52"/>
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="65"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="66"/>
        <source>Find text</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="69"/>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="70"/>
        <source>Replacement text</source>
        <translation>Texto de reemplazo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="71"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="71"/>
        <source>Match case</source>
        <translation>Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="72"/>
        <source>W</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="72"/>
        <source>Whole words</source>
        <translation>Palabras completas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="73"/>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="73"/>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="74"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="74"/>
        <source>Find previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="76"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="76"/>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="77"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="77"/>
        <source>Replace this match</source>
        <translation>Reemplazar esta coincidencia</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="79"/>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="80"/>
        <source>Replace every match</source>
        <translation>Reemplazar todas las coincidencias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="82"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="82"/>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="85"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="137"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="140"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="148"/>
        <source>Close Find Bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="259"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="263"/>
        <source>{count} matches</source>
        <translation>{count} coincidencias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="264"/>
        <source>{current} of {count}</source>
        <translation>{current} de {count}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/find_bar.py" line="387"/>
        <source>{count} replaced</source>
        <translation>{count} reemplazadas</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="52"/>
        <source>{n} days left</source>
        <translation>quedan {n} días</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="54"/>
        <source>1 day left</source>
        <translation>queda 1 día</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="56"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="57"/>
        <source>{n} days overdue</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="57"/>
        <source>1 day overdue</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="66"/>
        <source>{percent}% of {goal}</source>
        <translation>{percent} % de {goal}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="70"/>
        <source>today {n}</source>
        <translation>hoy {n}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="71"/>
        <source>session {n}</source>
        <translation>sesión {n}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="73"/>
        <source>{session} of {goal}</source>
        <translation>{session} de {goal}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="151"/>
        <source>Session goal reached: {n} words.</source>
        <translation>Objetivo de la sesión alcanzado: {n} palabras.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="154"/>
        <source>Article goal reached: {n} words.</source>
        <translation>Objetivo del artículo alcanzado: {n} palabras.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="171"/>
        <source>Words written today and in this session, and the article's word goal and deadline (Project → Goals…)</source>
        <translation>Palabras escritas hoy y en esta sesión, y el objetivo de palabras y la fecha límite del artículo (Proyecto → Objetivos…)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="175"/>
        <source>Article word goal</source>
        <translation>Objetivo de palabras del artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="199"/>
        <source>{words} of {goal} words</source>
        <translation>{words} de {goal} palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals.py" line="201"/>
        <source>Today {n} · session {m}</source>
        <translation>Hoy {n} · sesión {m}</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="34"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="35"/>
        <source> words</source>
        <translation> palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="45"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="47"/>
        <source>Article word goal</source>
        <translation>Objetivo de palabras del artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="48"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="52"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="61"/>
        <source>Session word goal</source>
        <translation>Objetivo de palabras de la sesión</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="64"/>
        <source>&amp;Article word goal:</source>
        <translation>Objetivo de palabras del &amp;artículo:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/goals_dialog.py" line="69"/>
        <source>&amp;Session goal:</source>
        <translation>Objetivo de la &amp;sesión:</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../src/retro_editor/ui/help_viewer.py" line="68"/>
        <source>Markdown Cheat Sheet</source>
        <translation>Chuleta de Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/help_viewer.py" line="75"/>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/help_viewer.py" line="79"/>
        <source>This page is missing from the installation: {reason}</source>
        <translation>Falta esta página en la instalación: {reason}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="36"/>
        <source>moved and changed</source>
        <translation>movida y modificada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="37"/>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="37"/>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="38"/>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="38"/>
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="60"/>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="72"/>
        <source>What differs</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="106"/>
        <source>(before the first heading)</source>
        <translation>(antes del primer encabezado)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="111"/>
        <source>Detail {field}</source>
        <translation>Campo {field}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="115"/>
        <source>File {name} changed</source>
        <translation>Archivo {name} modificado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/compare_view.py" line="117"/>
        <source>No differences</source>
        <translation>Sin diferencias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/naming.py" line="27"/>
        <source>Name This Version</source>
        <translation>Nombrar esta versión</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/naming.py" line="28"/>
        <source>Name for this version (like “Sent to editor”):</source>
        <translation>Nombre de esta versión (como «Enviado a redacción»):</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/naming.py" line="48"/>
        <source>The version was not named</source>
        <translation>No se puso nombre a la versión</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="92"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="93"/>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="94"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="100"/>
        <source>Restore This</source>
        <translation>Restaurar esto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="103"/>
        <source>Restore Whole Article</source>
        <translation>Restaurar todo el artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="163"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="163"/>
        <source>the open text</source>
        <translation>el texto abierto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="172"/>
        <source>The history cannot be read: {error}</source>
        <translation>No se puede leer el historial: {error}</translation>
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
        <translation>Ahora (el texto abierto)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="253"/>
        <source>The versions cannot be compared: {error}</source>
        <translation>No se pueden comparar las versiones: {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="266"/>
        <source>Restore This Detail</source>
        <translation>Restaurar este campo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="268"/>
        <source>Restore This Section</source>
        <translation>Restaurar esta sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="281"/>
        <source>Nothing was restored</source>
        <translation>No se restauró nada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="297"/>
        <source>Restored the section “{title}”; Undo takes it back.</source>
        <translation>Se restauró la sección «{title}»; «Deshacer» lo revierte.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="298"/>
        <source>before the first heading</source>
        <translation>antes del primer encabezado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="308"/>
        <source>Restored the detail {field}.</source>
        <translation>Se restauró el campo {field}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/panel.py" line="319"/>
        <source>Restored the whole article; Undo takes it back.</source>
        <translation>Se restauró todo el artículo; «Deshacer» lo revierte.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/recorder.py" line="105"/>
        <source>The version was not recorded in the history: {error}</source>
        <translation>La versión no se registró en el historial: {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="35"/>
        <source>(a file of {size} bytes)</source>
        <translation>(un archivo de {size} bytes)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="43"/>
        <source>Sync: Changed on Both Machines</source>
        <translation>Sincronización: cambios en ambos equipos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="48"/>
        <source>Section #{name}</source>
        <translation>Sección #{name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="48"/>
        <source>Detail {name}</source>
        <translation>Campo {name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="49"/>
        <source>File {name}</source>
        <translation>Archivo {name}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="57"/>
        <source>Take &amp;Mine</source>
        <translation>Tomar la &amp;mía</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="58"/>
        <source>Take &amp;Theirs</source>
        <translation>Tomar la &amp;otra</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="67"/>
        <source>This machine</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="68"/>
        <source>The other machine</source>
        <translation>El otro equipo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/sync_conflicts.py" line="73"/>
        <source>Keep (editable for a section):</source>
        <translation>Conservar (editable si es una sección):</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="66"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="66"/>
        <source>The git repository to sync with (a folder, or an ssh:// or https:// URL):</source>
        <translation>El repositorio git con el que sincronizar (una carpeta, o una URL ssh:// o https://):</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="94"/>
        <source>Syncing with {url}…</source>
        <translation>Sincronizando con {url}…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="108"/>
        <source>Sync stopped: {n} part(s) changed on both machines; nothing was changed.</source>
        <translation>Sincronización detenida: {n} parte(s) modificada(s) en ambos equipos; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="119"/>
        <source>Synced. The other machine's changes are in the project's files; you have unsaved edits, so saving will ask first.</source>
        <translation>Sincronizado. Los cambios del otro equipo están en los archivos del proyecto; tiene cambios sin guardar, así que al guardar se le preguntará primero.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="124"/>
        <source>Synced: nothing new on either side.</source>
        <translation>Sincronizado: nada nuevo en ninguno de los lados.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="125"/>
        <source>Synced: this machine's versions were sent.</source>
        <translation>Sincronizado: se enviaron las versiones de este equipo.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="126"/>
        <source>Synced: the other machine's versions were brought in.</source>
        <translation>Sincronizado: se trajeron las versiones del otro equipo.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="127"/>
        <source>Synced: both machines' changes were merged.</source>
        <translation>Sincronizado: se combinaron los cambios de ambos equipos.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="138"/>
        <source>The password could not be kept in the system keyring ({error}); the next sync asks again.</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema ({error}); la próxima sincronización la volverá a pedir.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/history/syncing.py" line="150"/>
        <source>Sync failed: {error}</source>
        <translation>Falló la sincronización: {error}</translation>
    </message>
</context>
<context>
    <name>ImageDownload</name>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="146"/>
        <source>Download Web Images</source>
        <translation>Descargar imágenes de la web</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="149"/>
        <source>The article links no images on the web.</source>
        <translation>El artículo no enlaza ninguna imagen de la web.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="153"/>
        <source>Downloading {n} image(s) into assets/…</source>
        <translation>Descargando {n} imagen(es) en assets/…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="159"/>
        <source>Downloading the images was cancelled; the article is unchanged.</source>
        <translation>Se canceló la descarga de las imágenes; el artículo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="170"/>
        <source>{saved} image(s) were copied into assets/. These {n} could not be downloaded; their links are unchanged:

{lines}</source>
        <translation>{saved} imagen(es) copiada(s) en assets/. Estas {n} no se pudieron descargar; sus enlaces no han cambiado:

{lines}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/image_download_job.py" line="174"/>
        <source>{n} image(s) copied into assets/; the links point at the copies.</source>
        <translation>{n} imagen(es) copiada(s) en assets/; los enlaces apuntan a las copias.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/retro_editor/ui/jobs.py" line="49"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/jobs.py" line="70"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>LinkCheck</name>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="54"/>
        <source>; archived copy: {url}</source>
        <translation>; copia archivada: {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="77"/>
        <source>Check Links</source>
        <translation>Comprobar enlaces</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="79"/>
        <source>The project has no links to check.</source>
        <translation>El proyecto no tiene enlaces que comprobar.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="82"/>
        <source>Checking {n} link(s)…</source>
        <translation>Comprobando {n} enlace(s)…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="87"/>
        <source>The link check was cancelled.</source>
        <translation>Se canceló la comprobación de enlaces.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="100"/>
        <source>{n} link(s) checked, {p} need attention: see the Links tab.</source>
        <translation>{n} enlace(s) comprobado(s), {p} requieren atención: vea la pestaña Enlaces.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_check_job.py" line="104"/>
        <source>All {n} link(s) work.</source>
        <translation>Los {n} enlace(s) funcionan.</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="31"/>
        <source>OK</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="31"/>
        <source>Redirected</source>
        <translation>Redirigido</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="31"/>
        <source>Broken</source>
        <translation>Roto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="32"/>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="32"/>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="33"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="33"/>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="34"/>
        <source>Page not read</source>
        <translation>Página no leída</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="63"/>
        <source>Not called broken: the page may be behind a login, a wall or a request limit.</source>
        <translation>No se considera roto: puede que la página esté tras un inicio de sesión, un muro de acceso o un límite de peticiones.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="66"/>
        <source>HTTP status: {code}</source>
        <translation>Código HTTP: {code}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="68"/>
        <source>Final URL: {url}</source>
        <translation>URL final: {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="70"/>
        <source>Archived copy: {url}</source>
        <translation>Copia archivada: {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/link_status.py" line="71"/>
        <source>Checked: {when}</source>
        <translation>Comprobado: {when}</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="85"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="90"/>
        <source>Last link check</source>
        <translation>Última comprobación de enlaces</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="94"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="94"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="94"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="97"/>
        <source>Links of the project</source>
        <translation>Enlaces del proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="99"/>
        <source>Every link of the article, the related news and the canonical URL, with its last check. Return goes to the link.</source>
        <translation>Cada enlace del artículo, de las noticias relacionadas y la URL canónica, con su última comprobación. Intro va al enlace.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="104"/>
        <source>&amp;Go to Link</source>
        <translation>&amp;Ir al enlace</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="105"/>
        <source>Show the link in the editor or the Related tab</source>
        <translation>Mostrar el enlace en el editor o en la pestaña Relacionados</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="107"/>
        <source>Use &amp;Archived Copy</source>
        <translation>Usar copia &amp;archivada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="108"/>
        <source>Use the web archive's copy of the page (a related row keeps its URL too)</source>
        <translation>Usar la copia de la página del archivo web (una fila relacionada conserva también su URL)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="109"/>
        <source>Update to &amp;Final URL</source>
        <translation>Usar URL &amp;final</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="110"/>
        <source>Replace the link by the address it redirects to</source>
        <translation>Sustituir el enlace por la dirección a la que redirige</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="111"/>
        <source>Archive &amp;Now</source>
        <translation>Archivar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="112"/>
        <source>Ask the web archive to keep a copy of the page now</source>
        <translation>Pedir al archivo web que guarde ahora una copia de la página</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="114"/>
        <source>Take back the last change to a related row</source>
        <translation>Deshacer el último cambio en una fila relacionada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="176"/>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="196"/>
        <source>The project has no links.</source>
        <translation>El proyecto no tiene enlaces.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="198"/>
        <source>Not checked yet: Project → Check Links.</source>
        <translation>Aún sin comprobar: Proyecto → Comprobar enlaces.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="201"/>
        <source>Last check {when}: {count} link(s), {attention} need attention.</source>
        <translation>Última comprobación el {when}: {count} enlace(s), {attention} requieren atención.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="224"/>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="301"/>
        <source>The link is no longer in the text.</source>
        <translation>El enlace ya no está en el texto.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="243"/>
        <source>Asking the web archive to keep {url} …</source>
        <translation>Pidiendo al archivo web que guarde {url} …</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="247"/>
        <source>The web archive did not keep {url}: {reason}</source>
        <translation>El archivo web no guardó {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="254"/>
        <source>The related row is back as it was.</source>
        <translation>La fila relacionada vuelve a estar como antes.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="260"/>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="262"/>
        <source>related {row}</source>
        <translation>relacionado {row}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="263"/>
        <source>canonical</source>
        <translation>canónica</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="290"/>
        <source>Not changed: {url} is not a URL a row can hold.</source>
        <translation>Sin cambios: {url} no es una URL que pueda contener una fila.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="297"/>
        <source>Related row {row} changed (Undo takes it back).</source>
        <translation>Fila relacionada {row} modificada («Deshacer» lo revierte).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="312"/>
        <source>Line {line}: the link now points to {url} (Edit → Undo takes it back).</source>
        <translation>Línea {line}: el enlace apunta ahora a {url} (Editar → Deshacer lo revierte).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/links_tab.py" line="329"/>
        <source>The web archive keeps a copy: {url}</source>
        <translation>El archivo web guarda una copia: {url}</translation>
    </message>
</context>
<context>
    <name>LockDialogs</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="23"/>
        <source>an unreadable lock file ({path})</source>
        <translation>un archivo de bloqueo ilegible ({path})</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="36"/>
        <source>The project is in use</source>
        <translation>El proyecto está en uso</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="39"/>
        <source>“{name}” is locked by {holder}, which is no longer running (it probably quit unexpectedly).</source>
        <translation>«{name}» está bloqueado por {holder}, que ya no se está ejecutando (probablemente se cerró de forma inesperada).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="41"/>
        <source>Clear the lock to edit the project, or open it read-only.</source>
        <translation>Quite el bloqueo para editar el proyecto, o ábralo en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="42"/>
        <source>&amp;Clear Lock and Open</source>
        <translation>&amp;Quitar el bloqueo y abrir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="44"/>
        <source>“{name}” is open in another Retro Editor: {holder}.</source>
        <translation>«{name}» está abierto en otro Retro Editor: {holder}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="46"/>
        <source>Two editors saving one project would overwrite each other's work. Open it read-only to read it here, or cancel. Clear the lock only if you are sure that editor is closed.</source>
        <translation>Dos editores que guardan el mismo proyecto sobrescribirían el trabajo del otro. Ábralo en modo de solo lectura para leerlo aquí, o cancele. Quite el bloqueo solo si está seguro de que ese editor está cerrado.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="49"/>
        <source>&amp;Clear Lock Anyway and Open</source>
        <translation>Quitar el bloqueo de &amp;todos modos y abrir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="50"/>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="69"/>
        <source>Opened read-only</source>
        <translation>Abierto en modo de solo lectura</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="70"/>
        <source>“{name}” is open read-only because another Retro Editor holds it.</source>
        <translation>«{name}» está abierto en modo de solo lectura porque otro Retro Editor lo tiene abierto.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="72"/>
        <source>Save a copy somewhere else to keep your changes.</source>
        <translation>Guarde una copia en otro lugar para conservar sus cambios.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/lock_dialogs.py" line="73"/>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="150"/>
        <source>Markdown editor</source>
        <translation>Editor de Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="172"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="173"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="174"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="193"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="196"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="326"/>
        <source>The project was not opened. What you typed is still shown, read-only: copy it to keep it.</source>
        <translation>El proyecto no se abrió. Lo que escribió sigue a la vista, de solo lectura: cópielo para conservarlo.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/main_window.py" line="483"/>
        <source>{name} (read-only)</source>
        <translation>{name} (solo lectura)</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/editor.py" line="110"/>
        <source>Markdown editor</source>
        <translation>Editor de Markdown</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/editor.py" line="111"/>
        <source>The article text in Markdown</source>
        <translation>El texto del artículo en Markdown</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="52"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="53"/>
        <source>Revised</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="54"/>
        <source>Final</source>
        <translation>Versión final</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="251"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="288"/>
        <source>{title}: level {level} heading on line {line}; {words} words with its subsections</source>
        <translation>{title}: encabezado de nivel {level} en la línea {line}; {words} palabras con sus subsecciones</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="417"/>
        <source>{title}, level {level}</source>
        <translation>{title}, nivel {level}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="421"/>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="422"/>
        <source>{count} words</source>
        <translation>{count} palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/model.py" line="423"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="63"/>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="499"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="65"/>
        <source>The article's sections. Enter goes to a section; drag a section or use the context menu to move, rename, add or delete sections.</source>
        <translation>Las secciones del artículo. Intro va a una sección; arrastre una sección o use el menú contextual para mover, renombrar, añadir o eliminar secciones.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="240"/>
        <source>&amp;Go to Section</source>
        <translation>&amp;Ir a la sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="242"/>
        <source>&amp;Promote</source>
        <translation>&amp;Subir de nivel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="244"/>
        <source>&amp;Demote</source>
        <translation>&amp;Bajar de nivel</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="246"/>
        <source>Move &amp;Up</source>
        <translation>Subi&amp;r</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="248"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="250"/>
        <source>&amp;Rename</source>
        <translation>Re&amp;nombrar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="253"/>
        <source>Add &amp;Section After</source>
        <translation>Añadir &amp;sección después</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="256"/>
        <source>Add Su&amp;bsection</source>
        <translation>Añadir su&amp;bsección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="258"/>
        <source>De&amp;lete Section…</source>
        <translation>E&amp;liminar sección…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="260"/>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="328"/>
        <source>Section actions</source>
        <translation>Acciones de la sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="416"/>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/outline/view.py" line="433"/>
        <source>The outline was not changed: {reason}.</source>
        <translation>No se modificó el esquema: {reason}.</translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <location filename="../../src/retro_editor/ui/wiring.py" line="230"/>
        <source>The pasted image could not be converted to PNG.</source>
        <translation>No se pudo convertir a PNG la imagen pegada.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/wiring.py" line="235"/>
        <source>The image was not added</source>
        <translation>No se añadió la imagen</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="71"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="72"/>
        <source>A date like 1999-03-14, or just 1999-03 or 1999; Alt+Down opens a calendar</source>
        <translation>Una fecha como 1999-03-14, o solo 1999-03 o 1999; Alt+Abajo abre un calendario</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="76"/>
        <source>Choose from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/date_field.py" line="77"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste.py" line="52"/>
        <source>The paste links {n} image(s) on the web: Edit → Download Web Images copies them into assets/.</source>
        <translation>Lo pegado enlaza {n} imagen(es) de la web: Editar → Descargar imágenes de la web las copia en assets/.</translation>
    </message>
</context>
<context>
    <name>PasteConversion</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste_conversion.py" line="95"/>
        <source>Paste cancelled.</source>
        <translation>Pegado cancelado.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste_conversion.py" line="134"/>
        <source>The pasted HTML could not be converted (its helper process failed); it was pasted as plain text.</source>
        <translation>No se pudo convertir el HTML pegado (su proceso auxiliar falló); se pegó como texto sin formato.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/paste_conversion.py" line="143"/>
        <source>The paste was not inserted: the document can no longer be edited.</source>
        <translation>No se insertó lo pegado: el documento ya no se puede editar.</translation>
    </message>
</context>
<context>
    <name>PasteProgress</name>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="19"/>
        <source>Converting the pasted HTML…</source>
        <translation>Convirtiendo el HTML pegado…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="23"/>
        <source>Paste conversion</source>
        <translation>Conversión de lo pegado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="26"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/paste_progress.py" line="27"/>
        <source>Stop converting; the document stays as it is</source>
        <translation>Detener la conversión; el documento queda como está</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="51"/>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="56"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="51"/>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="60"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="51"/>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="60"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="66"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="67"/>
        <source>&amp;Font:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="69"/>
        <source>Font &amp;size:</source>
        <translation>&amp;Tamaño de fuente:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="69"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="70"/>
        <source>&amp;Line width:</source>
        <translation>&amp;Ancho de línea:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="70"/>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="71"/>
        <source>Line spa&amp;cing:</source>
        <translation>&amp;Interlineado:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="72"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Márgenes:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="72"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="74"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="75"/>
        <source>Application &amp;theme:</source>
        <translation>&amp;Tema de la aplicación:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="76"/>
        <source>&amp;Page theme of new projects:</source>
        <translation>Tema de &amp;página de los proyectos nuevos:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="77"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="78"/>
        <source>A new language shows after Retro Editor restarts.</source>
        <translation>Un idioma nuevo se muestra al reiniciar Retro Editor.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="80"/>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="81"/>
        <source>Saving</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="82"/>
        <source>&amp;Save automatically after typing stops:</source>
        <translation>&amp;Guardar automáticamente al dejar de escribir:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="83"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="83"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="84"/>
        <source>&amp;Back up on save at most every:</source>
        <translation>&amp;Copia al guardar como máximo cada:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="85"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="85"/>
        <source>every save</source>
        <translation>cada vez que se guarda</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="86"/>
        <source>&amp;Keep the newest:</source>
        <translation>Conservar las más &amp;recientes:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="101"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/dialog.py" line="104"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="30"/>
        <source>Spell-check languages</source>
        <translation>Idiomas de la revisión ortográfica</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="36"/>
        <source>Open a project to choose the languages its spell check uses.</source>
        <translation>Abra un proyecto para elegir los idiomas de su revisión ortográfica.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="41"/>
        <source>The languages this project is checked in; a word is correct if any of them knows it. None ticked: the article's language ({language}).</source>
        <translation>Los idiomas en los que se revisa este proyecto; una palabra es correcta si alguno de ellos la conoce. Ninguno marcado: el idioma del artículo ({language}).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="45"/>
        <source>No spelling dictionaries are installed (Hunspell dictionaries through Enchant); the user guide says how to add them.</source>
        <translation>No hay diccionarios ortográficos instalados (diccionarios Hunspell mediante Enchant); la guía del usuario explica cómo añadirlos.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preferences/spelling_page.py" line="48"/>
        <source>{language} (not installed)</source>
        <translation>{language} (no instalado)</translation>
    </message>
</context>
<context>
    <name>PreviewPlaceholder</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/factory.py" line="40"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/factory.py" line="44"/>
        <source>The live preview is not available: this installation lacks Qt WebEngine. Export to HTML to see the page.</source>
        <translation>La vista previa en directo no está disponible: a esta instalación le falta Qt WebEngine. Exporte a HTML para ver la página.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="124"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="200"/>
        <source>No program on this computer is set up to open {link}.</source>
        <translation>Ningún programa de este equipo está configurado para abrir {link}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="205"/>
        <source>The address {address} was copied to the clipboard.</source>
        <translation>La dirección {address} se copió al portapapeles.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="411"/>
        <location filename="../../src/retro_editor/ui/preview/view.py" line="440"/>
        <source>The preview could not be updated: {reason}</source>
        <translation>No se pudo actualizar la vista previa: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="117"/>
        <source>Imported with problems</source>
        <translation>Importado con problemas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="118"/>
        <source>The file was imported. What did not fit is kept as it was written; fix it before publishing:</source>
        <translation>El archivo se importó. Lo que no encajaba se conserva tal como estaba escrito; corríjalo antes de publicar:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="128"/>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="130"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="149"/>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="177"/>
        <source>Cannot create the project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="220"/>
        <source>Cannot clear the lock</source>
        <translation>No se puede quitar el bloqueo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="261"/>
        <source>the project is read-only</source>
        <translation>el proyecto es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="263"/>
        <source>the project is not saved in a folder yet</source>
        <translation>el proyecto aún no está guardado en una carpeta</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="267"/>
        <source>the files were changed by another program</source>
        <translation>otro programa modificó los archivos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="285"/>
        <source>Project upgraded to format {n} on save; older versions of Retro Editor cannot open it now</source>
        <translation>Proyecto actualizado al formato {n} al guardar; las versiones anteriores de Retro Editor ya no pueden abrirlo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="300"/>
        <source>Save Project As</source>
        <translation>Guardar el proyecto como</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="343"/>
        <source>Cannot reload the project</source>
        <translation>No se puede recargar el proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/project_controller.py" line="344"/>
        <source>Your version is still open.</source>
        <translation>Su versión sigue abierta.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="53"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="54"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="55"/>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Si no guarda, se perderán los cambios desde la última vez que guardó.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="67"/>
        <source>{n} files at the destination were not written by an earlier export, or were changed since. Replace them?</source>
        <translation>{n} archivos del destino no proceden de una exportación anterior o han cambiado desde entonces. ¿Sustituirlos?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="70"/>
        <source>Replace changed files?</source>
        <translation>¿Sustituir los archivos modificados?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="93"/>
        <source>Delete the section "{title}"?</source>
        <translation>¿Eliminar la sección «{title}»?</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="95"/>
        <source>Its subsection will be deleted too.</source>
        <translation>También se eliminará su subsección.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="96"/>
        <source>Its {count} subsections will be deleted too.</source>
        <translation>También se eliminarán sus {count} subsecciones.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="98"/>
        <source>You can undo this in the editor.</source>
        <translation>Puede deshacerlo en el editor.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="99"/>
        <source>Delete Section</source>
        <translation>Eliminar sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="114"/>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="115"/>
        <source>Retro Editor projects (*.retro);;Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>Proyectos de Retro Editor (*.retro);;Archivos Markdown (*.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="126"/>
        <source>Insert Image</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="127"/>
        <location filename="../../src/retro_editor/ui/prompts.py" line="133"/>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="132"/>
        <source>Choose a Cover Image</source>
        <translation>Elegir una imagen de portada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="139"/>
        <source>Export to folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="141"/>
        <source>Export to file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="191"/>
        <source>Sign In to {url}</source>
        <translation>Iniciar sesión en {url}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="192"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/prompts.py" line="196"/>
        <source>Password or access token:</source>
        <translation>Contraseña o token de acceso:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="26"/>
        <source>Recover unsaved changes</source>
        <translation>Recuperar los cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="28"/>
        <source>Retro Editor did not close normally. Unsaved changes to “{title}” from {when} were kept.</source>
        <translation>Retro Editor no se cerró con normalidad. Se conservaron los cambios sin guardar de «{title}» del {when}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="30"/>
        <source>The project is in {folder}.</source>
        <translation>El proyecto está en {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="31"/>
        <source>The project was never saved; it was to be saved in {folder}.</source>
        <translation>El proyecto nunca se guardó; iba a guardarse en {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="33"/>
        <source>Restore them as unsaved changes (nothing is written until you save), compare them with the files on disk, or discard them.</source>
        <translation>Restáurelos como cambios sin guardar (no se escribe nada hasta que guarde), compárelos con los archivos del disco o descártelos.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="35"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="37"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="39"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_dialog.py" line="41"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="144"/>
        <source>Unsaved changes could not be copied to the recovery folder: {error}</source>
        <translation>No se pudieron copiar los cambios sin guardar en la carpeta de recuperación: {error}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="211"/>
        <source>on disk</source>
        <translation>en el disco</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="211"/>
        <source>recovered</source>
        <translation>recuperado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/recovery_manager.py" line="212"/>
        <source>Recovered changes and the files on disk</source>
        <translation>Cambios recuperados y archivos del disco</translation>
    </message>
</context>
<context>
    <name>RelatedModel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="68"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Views</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="69"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="70"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="70"/>
        <source>Archived copy</source>
        <translation>Copia archivada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="70"/>
        <source>Issue</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_model.py" line="71"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
</context>
<context>
    <name>RelatedTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="52"/>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="61"/>
        <source>Related news</source>
        <translation>Noticias relacionadas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="63"/>
        <source>Related links: title, URL, source, date, views and note. Ctrl+V adds a copied URL, Ctrl+Return opens the selected link, Alt+Up and Alt+Down move rows, Delete removes them.</source>
        <translation>Enlaces relacionados: título, URL, fuente, fecha, visitas y nota. Ctrl+V añade una URL copiada, Ctrl+Intro abre el enlace seleccionado, Alt+Arriba y Alt+Abajo mueven filas, Supr las elimina.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="67"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="67"/>
        <source>Add an empty row</source>
        <translation>Añadir una fila vacía</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="68"/>
        <source>Pa&amp;ste URL</source>
        <translation>&amp;Pegar URL</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="69"/>
        <source>Add a row for the URL on the clipboard (Ctrl+V)</source>
        <translation>Añadir una fila para la URL del portapapeles (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="70"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="71"/>
        <source>Delete the selected rows (Delete)</source>
        <translation>Eliminar las filas seleccionadas (Supr)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="72"/>
        <source>Move &amp;Up</source>
        <translation>Subi&amp;r</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="73"/>
        <source>Move the selected rows up (Alt+Up)</source>
        <translation>Subir las filas seleccionadas (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="74"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="75"/>
        <source>Move the selected rows down (Alt+Down)</source>
        <translation>Bajar las filas seleccionadas (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="76"/>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="77"/>
        <source>Open the selected link in the web browser (Ctrl+Return)</source>
        <translation>Abrir el enlace seleccionado en el navegador web (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="91"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="96"/>
        <source>Problems in the related links</source>
        <translation>Problemas en los enlaces relacionados</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="170"/>
        <source>The clipboard holds no http or https URL to add. Copy a link (such as https://example.com/news) and paste again.</source>
        <translation>El portapapeles no contiene ninguna URL http o https que añadir. Copie un enlace (como https://example.com/news) y vuelva a pegar.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="184"/>
        <source>Added a link; check its title.</source>
        <translation>Se añadió un enlace; compruebe su título.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="186"/>
        <source>Added {count} links; check their titles.</source>
        <translation>Se añadieron {count} enlaces; compruebe sus títulos.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="201"/>
        <source>Not opened: row {rows} has no http or https URL.</source>
        <translation>No se abrió: la fila {rows} no tiene una URL http o https.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="214"/>
        <source>Reading {url} …</source>
        <translation>Leyendo {url}…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="227"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="232"/>
        <source>Row {row}: could not read {url} ({reason}). The URL is kept; fill in the other cells by hand.</source>
        <translation>Fila {row}: no se pudo leer {url} ({reason}). Se conserva la URL; rellene las demás celdas a mano.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_tab.py" line="242"/>
        <source>Row {row}: filled from the page; check it.</source>
        <translation>Fila {row}: rellenada desde la página; compruébela.</translation>
    </message>
</context>
<context>
    <name>RenderProcess</name>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="130"/>
        <source>The preview's render process is not running.</source>
        <translation>El proceso de renderizado de la vista previa no se está ejecutando.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="148"/>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="196"/>
        <source>The preview's render process stopped.</source>
        <translation>El proceso de renderizado de la vista previa se detuvo.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="193"/>
        <source>Rendering the article took too long.</source>
        <translation>El renderizado del artículo tardó demasiado.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/preview/render_process.py" line="200"/>
        <source>The preview's render process could not start.</source>
        <translation>No se pudo iniciar el proceso de renderizado de la vista previa.</translation>
    </message>
</context>
<context>
    <name>SafetyServices</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/__init__.py" line="62"/>
        <source>Opened read-only: another Retro Editor has this project open. Use Save As to keep changes.</source>
        <translation>Abierto en modo de solo lectura: otro Retro Editor tiene abierto este proyecto. Use «Guardar como» para conservar los cambios.</translation>
    </message>
</context>
<context>
    <name>SaveFailed</name>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="19"/>
        <source>The project was not saved</source>
        <translation>El proyecto no se guardó</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="21"/>
        <source>Your changes are still here, unsaved. Fix the problem and save again, or save a copy of the project somewhere else.</source>
        <translation>Sus cambios siguen aquí, sin guardar. Corrija el problema y vuelva a guardar, o guarde una copia del proyecto en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/safety/failure_dialog.py" line="25"/>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="57"/>
        <source>Invalid regular expression: {error} (at {offset})</source>
        <translation>Expresión regular no válida: {error} (en {offset})</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="95"/>
        <source>invalid group reference {group}</source>
        <translation>referencia de grupo no válida {group}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="98"/>
        <source>unknown group name {group}</source>
        <translation>nombre de grupo desconocido {group}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="108"/>
        <source>bad escape (end of pattern)</source>
        <translation>secuencia de escape incorrecta (fin del patrón)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/search.py" line="112"/>
        <source>bad escape \{escape}</source>
        <translation>secuencia de escape incorrecta \{escape}</translation>
    </message>
</context>
<context>
    <name>SearchSocialTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="141"/>
        <source>Search and social preview</source>
        <translation>Vista previa en buscadores y redes sociales</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="164"/>
        <source>In search results</source>
        <translation>En los resultados de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="170"/>
        <source>Cut where a desktop result page cuts: the title beyond 600 px of 20 px Arial, the description beyond 920 px of 14 px.</source>
        <translation>Recortado donde lo recorta una página de resultados en el escritorio: el título a partir de 600 px en Arial de 20 px, la descripción a partir de 920 px en 14 px.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="180"/>
        <source>As a social card</source>
        <translation>Como tarjeta en redes sociales</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="195"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="197"/>
        <source>Search and social warnings</source>
        <translation>Advertencias de búsqueda y redes sociales</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="206"/>
        <source>Structured data</source>
        <translation>Datos estructurados</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="209"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="210"/>
        <source>News article</source>
        <translation>Artículo de noticias</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="211"/>
        <source>Type of article</source>
        <translation>Tipo de artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="213"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="215"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="215"/>
        <source>Site or magazine name</source>
        <translation>Nombre del sitio o de la revista</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="216"/>
        <source>&amp;Home page:</source>
        <translation>Página de &amp;inicio:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="217"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="217"/>
        <source>URL or assets/logo.png</source>
        <translation>URL o assets/logo.png</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="290"/>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="294"/>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="291"/>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="335"/>
        <source>No warnings: search engines and social sites have what they need.</source>
        <translation>Sin advertencias: los buscadores y las redes sociales tienen lo que necesitan.</translation>
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
        <translation>el proyecto está abierto en modo de solo lectura</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="46"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="54"/>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="57"/>
        <source>Heading level</source>
        <translation>Nivel de encabezado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="62"/>
        <source>Section status</source>
        <translation>Estado de la sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="65"/>
        <source>What this section still needs…</source>
        <translation>Lo que aún necesita esta sección…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="66"/>
        <source>Section note</source>
        <translation>Nota de la sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="73"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="74"/>
        <source> words</source>
        <translation> palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="75"/>
        <source>Word target</source>
        <translation>Objetivo de palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="76"/>
        <source>How many words this section should have (0: no target)</source>
        <translation>Cuántas palabras debería tener esta sección (0: sin objetivo)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="78"/>
        <source>Words written</source>
        <translation>Palabras escritas</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="81"/>
        <source>Progress towards the word target</source>
        <translation>Progreso hacia el objetivo de palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="83"/>
        <source>Put the cursor in a section of the article to see its status, note and word target here.</source>
        <translation>Ponga el cursor en una sección del artículo para ver aquí su estado, su nota y su objetivo de palabras.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="92"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="92"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="93"/>
        <source>Word &amp;target:</source>
        <translation>&amp;Objetivo de palabras:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="94"/>
        <source>Words:</source>
        <translation>Palabras:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="139"/>
        <source>No section</source>
        <translation>Ninguna sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="140"/>
        <source>Level {level} heading</source>
        <translation>Encabezado de nivel {level}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="203"/>
        <source>{words} / {target} words</source>
        <translation>{words} / {target} palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/section_tab.py" line="208"/>
        <source>{words} words</source>
        <translation>{words} palabras</translation>
    </message>
</context>
<context>
    <name>ShortcutReference</name>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="90"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="148"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="150"/>
        <source>Filter by command or key…</source>
        <translation>Filtrar por orden o tecla…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="151"/>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="157"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/shortcut_reference.py" line="157"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="36"/>
        <source>Side panel</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="44"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="44"/>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="45"/>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="45"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="46"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/panel.py" line="46"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
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
        <translation>Revisión ortográfica desactivada: la biblioteca Enchant no está instalada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="170"/>
        <source>No spelling dictionary for {languages}</source>
        <translation>No hay diccionario ortográfico para {languages}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="171"/>
        <source>No spelling dictionary for {languages}; spell check is off</source>
        <translation>No hay diccionario ortográfico para {languages}; revisión ortográfica desactivada</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/core/spelling.py" line="173"/>
        <source>Project dictionary not read: {reason}</source>
        <translation>No se leyó el diccionario del proyecto: {reason}</translation>
    </message>
</context>
<context>
    <name>SpellMarks</name>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="115"/>
        <source>(No Suggestions)</source>
        <translation>(Sin sugerencias)</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="118"/>
        <source>Add to Project Dictionary</source>
        <translation>Añadir al diccionario del proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="121"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/editor/spell_marks.py" line="133"/>
        <source>Not added to the project dictionary: {reason}</source>
        <translation>No se añadió al diccionario del proyecto: {reason}</translation>
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
        <translation>Artículos retrospectivos extensos, del esquema a la página publicada.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="86"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="87"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="88"/>
        <source>Open the &amp;Sample Article</source>
        <translation>Abrir el artículo de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="99"/>
        <source>&amp;Recent projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="102"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="105"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="105"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="105"/>
        <source>Last edited</source>
        <translation>Última edición</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="121"/>
        <source>No recent projects yet: start a new one, open one, or look around the sample article.</source>
        <translation>Aún no hay proyectos recientes: cree uno nuevo, abra uno o eche un vistazo al artículo de ejemplo.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="127"/>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="130"/>
        <source>Re&amp;move from List</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="133"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/start_screen.py" line="207"/>
        <source>cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="108"/>
        <source>{n} words</source>
        <translation>{n} palabras</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="109"/>
        <source>{n} min read</source>
        <translation>{n} min de lectura</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="142"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="142"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="144"/>
        <source>{state} — 1 field needs attention</source>
        <translation>{state}: 1 campo requiere atención</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="146"/>
        <source>{state} — {n} fields need attention</source>
        <translation>{state}: {n} campos requieren atención</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="147"/>
        <source>Fields holding a value that is not valid yet are saved as drafts and marked in the side panel</source>
        <translation>Los campos con un valor aún no válido se guardan como borradores y se marcan en el panel lateral</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/status_bar.py" line="150"/>
        <source>{state} — autosave failed, retrying</source>
        <translation>{state}: falló el guardado automático, se volverá a intentar</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="100"/>
        <source>row {row} {field} {problem}</source>
        <translation>fila {row} {field} {problem}</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="108"/>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/validation.py" line="108"/>
        <source>{count} problems</source>
        <translation>{count} problemas</translation>
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
        <translation>p. ej. 1843 o 12k</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="66"/>
        <source>A whole number of views; 12k and 1.2M are understood</source>
        <translation>Un número entero de visitas; se entienden 12k y 1.2M</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/related_delegates.py" line="67"/>
        <source>Views</source>
        <translation>Visitas</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="122"/>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="122"/>
        <source>Article title:</source>
        <translation>Título del artículo:</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="126"/>
        <source>Create the project folder</source>
        <translation>Crear la carpeta del proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="143"/>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="147"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="148"/>
        <source>{path}: the project is no longer there</source>
        <translation>{path}: el proyecto ya no está ahí</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="170"/>
        <source>Cannot copy the sample article</source>
        <translation>No se puede copiar el artículo de ejemplo</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="238"/>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="241"/>
        <source>Check Project</source>
        <translation>Comprobar proyecto</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="238"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="242"/>
        <source>{n} problem(s) found.</source>
        <translation>Se encontraron {n} problema(s).</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="258"/>
        <source>About Retro Editor</source>
        <translation>Acerca de Retro Editor</translation>
    </message>
    <message>
        <location filename="../../src/retro_editor/ui/window_actions.py" line="259"/>
        <source>&lt;h3&gt;Retro Editor {version}&lt;/h3&gt;&lt;p&gt;Write long-form retrospective articles in Markdown: outline, editor, live preview, metadata, fact box and related news.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Retro Editor {version}&lt;/h3&gt;&lt;p&gt;Escriba artículos retrospectivos extensos en Markdown: esquema, editor, vista previa en directo, metadatos, cuadro de datos y noticias relacionadas.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>_CoverImage</name>
    <message>
        <location filename="../../src/retro_editor/ui/side_panel/search_tab.py" line="114"/>
        <source>No cover image</source>
        <translation>Sin imagen de portada</translation>
    </message>
</context>
</TS>
