"""Clipboard HTML in the shapes browsers and word processors write it (trimmed by hand)."""

CHROME = (
    '<meta charset=\'utf-8\'><h2 style="color: rgb(32, 33, 36); font-family: Arial;">'
    '<span class="mw-headline" id="History">History</span></h2>'
    '<p style="color: rgb(32, 33, 36);">The <b>Commodore 64</b> was released in '
    '<a href="https://en.wikipedia.org/wiki/1982" title="1982">1982</a> at <i>$595</i>; '
    'see <a href="/wiki/MOS_6510">the CPU</a> and '
    '<a href="javascript:void(0)">this trick</a>.<sup id="cite_ref-1" class="reference">'
    '<a href="https://en.wikipedia.org/wiki/C64#cite_note-1">[1]</a></sup></p>'
    '<ul style="margin: 0.3em 0px 0px 1.6em;"><li>SID sound chip<ul><li>3 voices</li></ul></li>'
    '<li>VIC-II graphics</li></ul>'
    '<pre class="language-basic" style="background: #eee">10 PRINT "HELLO"\n20 GOTO 10\n</pre>'
)

FIREFOX = (
    '<html><body>\n<!--StartFragment--><h1>Retro <em>gaming</em></h1>\n'
    '<blockquote><p>It was the best of times.</p><blockquote><p>Really.</p></blockquote>'
    '</blockquote>\n<ol start="3"><li><p>Load the tape</p></li><li><p>Type <code>RUN</code>'
    '</p></li></ol>\n<p>First line<br>second line with a * star and 1. number</p>\n'
    '<p><img src="https://example.org/c64.png" alt="The C64"> '
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline pixel"></p>\n'
    '<table><thead><tr><th>Model</th><th>Price | launch</th></tr></thead>'
    '<tbody><tr><td>C64</td><td><strong>$595</strong></td></tr><tr><td>VIC-20</td></tr>'
    '</tbody></table><!--EndFragment-->\n</body></html>'
)

LIBREOFFICE = (
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<html><head>'
    '<meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>'
    '<style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm }\n'
    'p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style>'
    '</head><body lang="en-GB" dir="ltr">\n<h1 class="western">Chapter one</h1>\n'
    '<p style="line-height: 100%; margin-bottom: 0cm">Plain, <b>bold</b>, <i>italic</i> and '
    '<strike>struck</strike> text.</p>\n'
    '<ul><li><p style="margin-bottom: 0cm">first</p></li>'
    '<li><p style="margin-bottom: 0cm">second</p></li></ul>\n'
    '<table width="100%" cellpadding="4" cellspacing="0"><col width="128*"/><col width="128*"/>'
    '<tr valign="top"><td><p>Year</p></td><td><p>Units</p></td></tr>'
    '<tr valign="top"><td><p>1983</p></td><td><p>2 000 000</p></td></tr></table>\n'
    '</body></html>'
)

WORD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
    '<meta name=Generator content="Microsoft Word 15 (filtered)"><!--[if gte mso 9]><xml>'
    '<o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->'
    '<style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri",sans-serif;} --></style>'
    '</head><body lang=EN-US style=\'tab-interval:36.0pt\'><!--StartFragment-->'
    '<h1><a name="_Toc1"></a>Memories<o:p></o:p></h1>'
    '<p class=MsoNormal><span style=\'font-weight:bold;mso-bidi-font-weight:normal\'>Bold'
    '</span> words and <span style=\'font-style:italic\'>slanted</span> ones.<o:p></o:p></p>'
    '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
    '<p class=MsoListParagraphCxSpFirst style=\'text-indent:-18.0pt;mso-list:l0 level1 lfo1\'>'
    '<![if !supportLists]><span style=\'font-family:Symbol;mso-list:Ignore\'>·'
    '<span style=\'font:7.0pt "Times New Roman"\'>&nbsp;&nbsp;&nbsp; </span></span>'
    '<![endif]>Disk drive<o:p></o:p></p>'
    '<p class=MsoListParagraphCxSpLast style=\'margin-left:72.0pt;mso-list:l0 level2 lfo1\'>'
    '<![if !supportLists]><span style=\'font-family:"Courier New";mso-list:Ignore\'>o'
    '<span style=\'font:7.0pt "Times New Roman"\'>&nbsp;&nbsp; </span></span><![endif]>'
    '1541<o:p></o:p></p>'
    '<p class=MsoNormal>Price: 10&nbsp;% off<o:p></o:p></p><!--EndFragment--></body></html>'
)

GOOGLE_DOCS = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b">'
    '<p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;'
    'font-weight:400;">Normal and </span><span style="font-size:11pt;font-weight:700;">'
    'heavy</span><span style="font-weight:400;font-style:italic;"> leaning</span></p></b>'
)

VS_CODE = (
    '<meta charset=\'utf-8\'><div style="color: #d4d4d4;background-color: #1e1e1e;'
    'font-family: Consolas;white-space: pre;"><div><span style="color: #569cd6;"># Title'
    '</span></div><div><span>Some **bold** text</span></div></div>'
)

GOOGLE_DOCS_PARAGRAPHS = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3c4d">'
    '<h1 dir="ltr"><span style="font-size:20pt;font-weight:400;">Title</span></h1>'
    '<p dir="ltr"><span style="font-weight:400;">First paragraph.</span></p>'
    '<p dir="ltr"><span style="font-weight:400;">Second one.</span></p></b><br>'
)
