"""Regenerate the example archive ``news.warc.gz`` and the example ``wire.jsonl``, byte for byte.

The articles are fictional: the outlets, officials and events are invented for
dateline's examples. Run from anywhere: ``python examples/make_examples.py``.
Record ids, dates and gzip headers are fixed, so two runs write identical files.
"""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
CRAWL_DATE = "2025-03-07T09:15:00Z"

KENYA_ENVOY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Kenya names new envoy to Ethiopia as border talks resume - East Africa Wire</title>
<meta property="og:site_name" content="East Africa Wire">
<meta property="og:title" content="Kenya names new envoy to Ethiopia as border talks resume">
</head><body>
<div class="topbar"><a href="/">East Africa Wire</a> | <a href="/region">Region</a> | <a href="/business">Business</a> | <a href="/sport">Sport</a></div>
<div class="social">Follow us on Facebook | X | WhatsApp</div>
<h1>Kenya names new envoy to Ethiopia as border talks resume</h1>
<p>NAIROBI - Kenya has appointed Daniel Ochieng, a career diplomat and former deputy ambassador to China, as its new ambassador to Ethiopia, Foreign Affairs Cabinet Secretary Grace Mutua announced on Thursday.</p>
<p>Ochieng replaces Ruth Wanjiru, who was recalled to Nairobi in January to head the ministry's Africa directorate. His appointment comes as the two neighbours resume talks on managing cattle herding and trade along their shared border.</p>
<p>Mutua made the announcement in Addis Ababa after meeting Ethiopian State Minister for Foreign Affairs Hirut Alemu. The two officials agreed to reconvene the joint border commission, which has not met since 2023, and to open a second customs post at Moyale by the end of the year.</p>
<p>"Our people cross this border every day to trade, to visit family and to graze their animals. The commission gives them a place to settle disputes before they grow," Mutua told journalists.</p>
<p>Hirut said Ethiopia welcomed the appointment and hoped the new ambassador would help revive a long-delayed plan to link the two countries' electricity grids. Kenya already imports power from Ethiopia over a high-voltage line completed in 2022.</p>
<p>Ochieng is expected to present his credentials to Ethiopia's president later this month. Before his posting in Beijing he served as Kenya's consul general in Dubai.</p>
<p>The border commission will meet in Nairobi in April, officials said.</p>
<div class="newsletter">Never miss a story. Sign up for the East Africa Wire newsletter.</div>
<div class="related"><h3>Also read</h3><ul>
<li><a href="/region/uganda-rail">Uganda and Kenya sign rail financing deal</a></li>
<li><a href="/region/somalia-drought">Somalia appeals for drought aid</a></li></ul></div>
<footer>&copy; 2025 East Africa Wire. All rights reserved. | <a href="/privacy">Privacy</a></footer>
</body></html>
"""

RIVER_PATROLS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Brazil and Argentina agree on joint patrols of the Paraná river | Southern Cone Review</title>
<meta property="og:site_name" content="Southern Cone Review">
<meta property="article:published_time" content="2025-03-06T18:40:00-03:00">
<meta name="author" content="Mariana Costa">
</head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> <a href="/opinion">Opinion</a></nav>
<article>
<h1>Brazil and Argentina agree on joint patrols of the Paraná river</h1>
<p class="byline">By Mariana Costa, March 6, 2025</p>
<p>FOZ DO IGUAÇU, Brazil - Brazilian Defence Minister Rafael Moura and Argentine Defence Minister Lucía Ferraro signed an agreement on Wednesday to run joint naval patrols on the Paraná river, the busiest waterway shared by the two countries.</p>
<p>The ministers met for several hours in Foz do Iguaçu, near the point where Brazil, Argentina and Paraguay meet. Under the deal, each navy will station two patrol boats at river ports on the other side of the border, and crews will train together from June.</p>
<p>Moura said the patrols were aimed at smuggling gangs that use the river to move cocaine and untaxed cigarettes. "No single country can police a river that belongs to three," he said.</p>
<p>Ferraro said Argentina would invite Paraguay to join the arrangement. Paraguayan Defence Minister Óscar Benítez, who attended the signing as an observer, told reporters his government would study the proposal.</p>
<p>The agreement must still be approved by the congresses of both countries. Argentina's Senate is expected to vote on it in April.</p>
<p>The two ministers also discussed the purchase of Brazilian-built transport aircraft by the Argentine air force, a deal that has been under negotiation since 2023. No decision was announced.</p>
<p>Last year, Argentina expelled two Paraguayan nationals accused of running a smuggling network out of the port of Rosario, a case that officials said had shown the need for closer cooperation.</p>
</article>
<aside><h3>Newsletter</h3><p>Get our weekly briefing on the Southern Cone. Subscribe now.</p></aside>
<aside class="more"><h3>More in Politics</h3><ul><li><a href="/p/1">Uruguay elects new senate leader</a></li><li><a href="/p/2">Chile debates pension reform</a></li></ul></aside>
<footer>Southern Cone Review &middot; <a href="/contact">Contact</a> &middot; <a href="/donate">Donate</a></footer>
</body></html>
"""

MARITIME_TALKS = """Manila Harbour Times

World > Asia-Pacific

Japan and the Philippines agree to expand coast guard drills

Published: 20 May 2025

Japanese Defense Minister Kenji Arakawa met Philippine Defense Secretary Ramon Villanueva in Manila on Monday, and the two agreed to expand joint coast guard exercises in the South China Sea.

The ministers said the drills, held twice a year since 2023, would from July include search-and-rescue training and the inspection of fishing vessels. Australian and US observers have been invited.

Arakawa also said Japan would provide five more patrol boats to the Philippine Coast Guard under an aid programme first announced in 2024. The boats, built in Yokohama, are due to be delivered by the end of next year.

"Freedom of navigation is not an abstract principle for us. It is the route our food and fuel take," Arakawa told reporters after the meeting.

Villanueva thanked Japan for its support and said the two governments had begun talks on a logistics agreement that would allow their forces to share fuel and supplies during exercises.

China's Foreign Ministry accused the two countries on Tuesday of "stirring up confrontation" and urged them to respect its claims in the area.

Arakawa, a former vice minister of foreign affairs, became defense minister in October. He travels on to Jakarta on Wednesday for talks with Indonesian officials.

Sign up for our newsletter | Follow us on social media
"""

PEACE_TALKS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Norway to host new round of Colombian peace talks - Nordic Brief</title>
<meta property="og:site_name" content="Nordic Brief"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Norway to host new round of Colombian peace talks</h1>
<p>OSLO - Norway will host a new round of talks between the Colombian government and a rebel group in the coming weeks, Norwegian State Secretary Ingrid Hovland said on Thursday after meeting Colombia's peace commissioner, Andrés Castaño.</p>
<p>Hovland, who has led Norway's mediation efforts in Latin America since 2021, said both sides had asked Oslo to provide a venue and to act as a guarantor of any agreement.</p>
<p>Castaño said the government wanted the next round to focus on a ceasefire in two provinces near the Venezuelan border, where fighting has displaced thousands of families this year. He rejected a demand by the rebels that troops withdraw from the region before talks began.</p>
<p>"We are ready to sit down, but not to hand over territory in advance," Castaño told reporters.</p>
<p>Cuba, which hosted earlier rounds, will also act as a guarantor, Hovland said. Norway has given Colombia more than 20 million dollars in aid for demining and the reintegration of former fighters since 2017.</p>
<p>Castaño was appointed peace commissioner in February, after his predecessor resigned over disagreements about the pace of the talks.</p>
</article><footer>Nordic Brief - independent news from the north. <a href="/subscribe">Subscribe</a></footer></body></html>
"""


def record_id(name: str) -> str:
    """Return a fixed WARC-Record-ID derived from a name."""
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'dateline-example:' + name)}>"


def write_warc(path: Path) -> None:
    """Write the example archive: two HTML articles, an image and a 404, each gzipped on its own."""
    responses = [
        ("https://eastafricawire.example/region/kenya-envoy-ethiopia", "200 OK", "text/html; charset=utf-8",
         KENYA_ENVOY.encode("utf-8")),
        ("https://eastafricawire.example/static/logo.png", "200 OK", "image/png",
         b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"),
        ("https://southernconereview.example/politics/brazil-argentina-river-patrols", "200 OK", "text/html",
         RIVER_PATROLS.encode("utf-8")),
        ("https://southernconereview.example/politics/old-story", "404 Not Found", "text/html; charset=utf-8",
         b"<html><body><h1>Page not found</h1></body></html>"),
    ]
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    info = writer.create_warcinfo_record("news.warc.gz", {"software": "dateline examples/make_examples.py"})
    info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo"))
    info.rec_headers.replace_header("WARC-Date", CRAWL_DATE)
    writer.write_record(info)
    for url, status, content_type, body in responses:
        http = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": CRAWL_DATE, "WARC-Record-ID": record_id(url)},
        )
        writer.write_record(record)
    path.write_bytes(out.getvalue())


def write_jsonl(path: Path) -> None:
    """Write the example JSON Lines file: one flattened-text and one HTML article."""
    lines = [
        {"url": "https://manilaharbourtimes.example/world/japan-philippines-coast-guard", "text": MARITIME_TALKS,
         "published": "2025-05-20"},
        {"url": "https://nordicbrief.example/world/norway-colombia-talks", "html": PEACE_TALKS,
         "published": "2025-06-12"},
    ]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")


def main() -> None:
    write_warc(HERE / "news.warc.gz")
    write_jsonl(HERE / "wire.jsonl")


if __name__ == "__main__":
    main()
