#!/usr/bin/env python3
"""Writes samples/crawl_sample.warc.gz: a small WARC 1.1 file, one gzip member
per record (as Common Crawl does), from HTML pages written for warta's samples.

It exercises the WARC reader: response records with HTML (plain, chunked +
gzip-encoded, without a date in the page), and records that must be skipped
(warcinfo, request, metadata, a 404 page, an image).

Usage: python3 scripts/make_sample_warc.py   (from the repository root)
Deterministic: fixed record ids and dates, gzip mtime 0.
"""

import gzip
import io
import os
import uuid

OUT = os.path.join(os.path.dirname(__file__), "..", "samples", "crawl_sample.warc.gz")

PAGE_POLRI = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Polri Bongkar Penyelundupan 120 Kg Sabu dari Malaysia via Selat Malaka</title>
<meta property="og:site_name" content="BeritaSatu Contoh">
<meta property="article:published_time" content="2025-10-17T16:30:00+07:00">
<script>var _ga=[];</script></head>
<body><nav><a href="/">Home</a> <a href="/nasional">Nasional</a> <a href="/hukum">Hukum</a></nav>
<div class="ad">ADVERTISEMENT</div>
<article><h1>Polri Bongkar Penyelundupan 120 Kg Sabu dari Malaysia via Selat Malaka</h1>
<div class="body">
<p>Jakarta - Badan Reserse Kriminal (Bareskrim) Polri membongkar penyelundupan 120 kilogram sabu dari Malaysia yang masuk melalui perairan Selat Malaka, Jumat (17/10/2025). Lima tersangka ditangkap di Dumai, Riau.</p>
<p>Direktur Tindak Pidana Narkoba Bareskrim Polri mengatakan sabu tersebut diangkut dengan kapal nelayan dan akan diedarkan di Jakarta dan Surabaya. "Jaringan ini dikendalikan dari Malaysia," katanya dalam konferensi pers di Mabes Polri.</p>
<p>Baca juga: BNN musnahkan 50 kg ganja di Aceh</p>
<p>Polri berkoordinasi dengan Polis Diraja Malaysia untuk memburu pengendali jaringan yang diduga berada di Johor. Para tersangka dijerat Undang-Undang Narkotika dengan ancaman hukuman mati.</p>
</div></article>
<footer>Copyright &copy; 2025</footer></body></html>
"""

PAGE_BEIJING = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Prabowo Bertemu Xi Jinping di Beijing, Teken Kerja Sama Pangan dan Energi</title>
<meta property="og:site_name" content="Warta Global Contoh">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Prabowo Bertemu Xi Jinping di Beijing","datePublished":"2025-10-16T20:05:00+07:00","publisher":{"@type":"Organization","name":"Warta Global Contoh"}}</script>
</head><body>
<header><nav><ul><li>Internasional</li><li>Ekonomi</li><li>Olahraga</li></ul></nav></header>
<main><h1>Prabowo Bertemu Xi Jinping di Beijing, Teken Kerja Sama Pangan dan Energi</h1>
<div class="detail-text">
<p>Beijing, Warta Global - Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Aula Besar Rakyat, Beijing, Kamis (16/10/2025). Kedua pemimpin menyaksikan penandatanganan enam nota kesepahaman di bidang ketahanan pangan, energi terbarukan, dan pendidikan.</p>
<p>"China adalah mitra dagang terbesar Indonesia, dan kami ingin hubungan ini semakin seimbang," kata Prabowo seusai pertemuan.</p>
<p>SCROLL TO CONTINUE WITH CONTENT</p>
<p>Xi Jinping mengatakan China mendukung program makan bergizi gratis yang dijalankan pemerintah Indonesia dan siap menambah impor produk pertanian Indonesia.</p>
<p>Menteri Luar Negeri Sugiono menambahkan, kedua pemimpin juga membahas situasi di Laut China Selatan dan sepakat menyelesaikan perbedaan melalui dialog.</p>
<p>Editor: Hana Pertiwi</p>
</div></main></body></html>
"""

PAGE_TEHRAN = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Saudi and Iranian foreign ministers meet in Riyadh, pledge to expand ties</title>
</head><body>
<div id="nav"><a href="/">World</a> | <a href="/mideast">Middle East</a></div>
<div id="story">
<h1>Saudi and Iranian foreign ministers meet in Riyadh, pledge to expand ties</h1>
<p>RIYADH, Oct 19 - Saudi Foreign Minister Prince Faisal bin Farhan met his Iranian counterpart Abbas Araqchi in Riyadh on Sunday, and the two agreed to expand trade and resume direct flights between the kingdoms' capitals, Saudi state news agency SPA said.</p>
<p>Araqchi said after the talks that Tehran and Riyadh shared "a common responsibility for the security of the Gulf", and thanked Saudi Arabia for its position on Israeli strikes on Iran earlier this year.</p>
<p>The two countries restored diplomatic relations in 2023 under a deal brokered by China, ending a seven-year rupture.</p>
<p>Reporting by Omar Haddad; Editing by Lina Marsh</p>
</div></body></html>
"""

PAGE_GAZA = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Indonesia Kecam Serangan Israel di Gaza Meski Ada Gencatan Senjata</title>
<meta property="og:site_name" content="Kabar Dunia Contoh">
<meta name="pubdate" content="2025-10-20T08:15:00+07:00">
</head><body>
<nav>Beranda | Dunia | Asia | Timur Tengah</nav>
<article>
<h1>Indonesia Kecam Serangan Israel di Gaza Meski Ada Gencatan Senjata</h1>
<p>Jakarta - Pemerintah Indonesia mengecam serangan udara Israel di Rafah, Jalur Gaza, yang menewaskan sedikitnya 30 warga Palestina pada Minggu (19/10/2025), meskipun gencatan senjata telah berlaku sejak awal bulan.</p>
<p>Juru Bicara Kementerian Luar Negeri RI mengatakan serangan itu melanggar kesepakatan gencatan senjata dan membahayakan upaya perdamaian. "Indonesia mendesak Dewan Keamanan PBB segera bertindak," ujarnya di Jakarta, Senin (20/10).</p>
<p>Militer Israel menyatakan serangan itu menyasar anggota Hamas yang menembaki pasukannya. Hamas membantah tuduhan tersebut dan menuduh Israel mencari dalih untuk melanjutkan perang.</p>
<p>Lihat juga: Bantuan kemanusiaan Indonesia tiba di Al-Arish, Mesir</p>
</article>
<div class="related">Berita terkait: Menlu Sugiono bertemu Menlu Mesir</div>
</body></html>
"""


def record(warc_type, headers, block, target=None, date="2025-10-20T02:00:00Z", n=[0]):
    n[0] += 1
    rid = uuid.uuid5(uuid.NAMESPACE_URL, f"warta-sample-{n[0]}")
    lines = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        f"WARC-Date: {date}",
        f"WARC-Record-ID: <urn:uuid:{rid}>",
    ]
    if target:
        lines.append(f"WARC-Target-URI: {target}")
    lines += headers
    lines.append(f"Content-Length: {len(block)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    raw = head + block + b"\r\n\r\n"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(raw)
    return buf.getvalue()


def http(status, ctype, body, extra=()):
    reason = {200: "OK", 404: "Not Found"}[status]
    head = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {ctype}", *extra]
    if not any(h.startswith("Transfer-Encoding") for h in extra):
        head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


def chunked(data, size=700):
    out = b""
    for i in range(0, len(data), size):
        part = data[i : i + size]
        out += f"{len(part):x}\r\n".encode() + part + b"\r\n"
    return out + b"0\r\n\r\n"


def main():
    resp = ["Content-Type: application/http; msgtype=response"]
    out = [
        record("warcinfo", ["Content-Type: application/warc-fields"],
               b"software: warta make_sample_warc.py\r\nformat: WARC File Format 1.1\r\n"),
        record("request", ["Content-Type: application/http; msgtype=request"],
               b"GET /hukum/polri-sabu HTTP/1.1\r\nHost: beritasatu.example\r\n\r\n",
               target="https://beritasatu.example/hukum/polri-sabu"),
        record("response", resp, http(200, "text/html; charset=utf-8", PAGE_POLRI.encode()),
               target="https://beritasatu.example/hukum/polri-sabu", date="2025-10-17T10:02:11Z"),
        record("response", resp,
               http(200, "text/html; charset=UTF-8",
                    chunked(gzip.compress(PAGE_BEIJING.encode(), mtime=0)),
                    ("Content-Encoding: gzip", "Transfer-Encoding: chunked")),
               target="https://wartaglobal.example/internasional/prabowo-xi-beijing",
               date="2025-10-16T14:30:00Z"),
        record("response", resp, http(404, "text/html", b"<html><body><h1>404 Halaman tidak ditemukan</h1></body></html>"),
               target="https://wartaglobal.example/hilang"),
        record("response", resp, http(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(64)),
               target="https://wartaglobal.example/img/foto.jpg"),
        record("metadata", ["Content-Type: application/warc-fields"], b"fetchTimeMs: 212\r\n",
               target="https://wartaglobal.example/img/foto.jpg"),
        record("response", resp, http(200, "text/html", PAGE_TEHRAN.encode()),
               target="https://mideast-monitor.example/saudi-iran-riyadh", date="2025-10-19T18:45:00Z"),
        record("response", resp, http(200, "text/html; charset=utf-8", PAGE_GAZA.encode()),
               target="https://kabardunia.example/timur-tengah/indonesia-kecam-serangan-rafah",
               date="2025-10-20T03:00:00Z"),
    ]
    with open(OUT, "wb") as f:
        for member in out:
            f.write(member)
    print(f"wrote {os.path.normpath(OUT)} ({sum(map(len, out))} bytes, {len(out)} records)")


if __name__ == "__main__":
    main()
