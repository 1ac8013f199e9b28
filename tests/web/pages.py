"""Small pages written in the shapes real news sites publish (written for these tests)."""

NEWS_ARTICLE_JSON_LD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Dreamcast discontinued | The Daily Pixel</title>
<meta property="og:title" content="OG title that loses to JSON-LD">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Sega ends Dreamcast production",
 "datePublished": "2001-01-31T09:15:00+09:00",
 "author": [{"@type": "Person", "name": "Aki Tanaka"}, {"@type": "Person", "name": "Ben Ode"}],
 "publisher": {"@type": "Organization", "name": "The Daily Pixel",
               "logo": {"@type": "ImageObject", "url": "https://pixel.example/logo.png"}},
 "image": ["/img/dreamcast.jpg"],
 "description": "The console's last units leave the factory."}
</script></head><body><h1>Sega ends Dreamcast production</h1></body></html>
"""

GRAPH_JSON_LD = """<!doctype html><html><head>
<meta charset="utf-8"><title>ignored</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://blog.example/#site","name":"Retro Blog"},
 {"@type":"Organization","@id":"https://blog.example/#org","name":"Retro Blog Media"},
 {"@type":"WebPage","@id":"https://blog.example/post/#page","name":"page name"},
 {"@type":["BlogPosting"],"headline":"Twenty years of the GBA","datePublished":"2021-03-21",
  "publisher":{"@id":"https://blog.example/#org"},"author":{"@type":"Person","name":"Kim Lee"},
  "image":{"@type":"ImageObject","url":"https://blog.example/gba.png"}}]}
</script></head><body></body></html>
"""

OPEN_GRAPH = """<html><head>
<meta charset="utf-8">
<title>Page title | Site</title>
<meta property="og:type" content="article">
<meta property="og:title" content="The N64 at twenty-five">
<meta property="og:site_name" content="Console Chronicle">
<meta property="article:published_time" content="1996-06-23T00:00:00Z">
<meta property="article:author" content="https://chronicle.example/authors/mo">
<meta name="author" content="Mo Rivers">
<meta property="og:image" content="https://chronicle.example/n64.jpg">
<meta property="og:description" content="How a cartridge console changed 3D games.">
<link rel="canonical" href="/2021/n64">
</head><body><p>Text.</p></body></html>
"""

TWITTER_CARD = """<html><head>
<title>tw | Handheld Weekly</title>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="Game Boy turns 35">
<meta name="twitter:description" content="A grey brick that sold millions.">
<meta name="twitter:image" content="https://hw.example/gb.jpg">
<time datetime="2024-04-21T08:00">21 April</time>
</head><body></body></html>
"""

DUBLIN_CORE = """<html><head>
<meta name="DC.title" content="Archive note on the Amiga 500">
<meta name="DC.publisher" content="Computer Museum Bulletin">
<meta name="DC.date" content="1987-04">
<meta name="DC.creator" content="J. Smith">
<title>Bulletin</title>
</head><body></body></html>
"""

TITLE_ONLY = """<html><head><title>
   A page with only a   title
</title></head><body><p>Nothing else.</p></body></html>
"""

LATIN1_BY_META = ("<html><head><meta http-equiv=\"Content-Type\" "
                  "content=\"text/html; charset=iso-8859-1\">"
                  "<title>Les années Atari à Genève</title></head></html>").encode("latin-1")

SHIFT_JIS_BY_HEADER = ("<html><head><title>ファミコン発売四十周年</title></head></html>"
                       ).encode("shift_jis")

UTF8_BOM_NO_DECLARATION = "\ufeff<html><head><title>Zoë’s “Spectrum” days</title></head></html>"
