// Helpers for the ingestion tests: gzip and WARC records built in memory.
#ifndef HEARSAY_TESTS_INPUT_INGEST_TEST_UTIL_H_
#define HEARSAY_TESTS_INPUT_INGEST_TEST_UTIL_H_

#include <zlib.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace hearsay::testing {

// One gzip member holding `data`.
inline std::string Gzip(std::string_view data, int level = 6) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// A gzip member inflating to `n` bytes `c`, made without holding them.
inline std::string GzipRepeat(size_t n, char c) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
  std::string zeros(1 << 20, c);
  std::string out;
  char buf[1 << 16];
  size_t left = n;
  do {
    size_t take = std::min(left, zeros.size());
    left -= take;
    z.next_in = reinterpret_cast<Bytef*>(zeros.data());
    z.avail_in = static_cast<uInt>(take);
    int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
    do {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof buf;
      deflate(&z, flush);
      out.append(buf, sizeof buf - z.avail_out);
    } while (z.avail_out == 0);
  } while (left > 0);
  deflateEnd(&z);
  return out;
}

inline std::string GzipZeros(size_t n) { return GzipRepeat(n, '\0'); }

// A WARC/1.0 record of `type` with `block` as its content.
inline std::string WarcRecord(std::string_view type, std::string_view uri, std::string_view block,
                              std::string_view date = "2024-11-01T12:00:00Z",
                              std::string_view content_type = "application/http; msgtype=response") {
  std::string r = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "WARC-Date: " + std::string(date) + "\r\n";
  r += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n";
  r += "Content-Type: " + std::string(content_type) + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

inline std::string HttpResponse(int status, std::string_view content_type, std::string_view body) {
  return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: " + std::string(content_type) +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

// A news page: navigation, share bar, the article, related links, comments
// and a cookie banner around it.
inline std::string NewsPage(std::string_view head_extra = "", std::string_view title = "Dam breach floods valley") {
  std::string t(title);
  return R"(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>)" + t + R"( | The Valley Times</title>
<meta property="og:site_name" content="The Valley Times">)" +
         std::string(head_extra) + R"(
</head><body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<div id="page"><main><article class="story">
<h1>)" + t + R"(</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
<p>The old dam above Millbrook gave way early on Tuesday, sending water through the valley, officials said.</p>
<p>"We heard a roar like a train," said Ana Ruiz, who lives by the river. "Then the water came."</p>
<h2>Hundreds moved to safety</h2>
<p>About 300 people were taken to shelters, according to the county's emergency office, and 12 were treated for injuries.</p>
<p>Engineers had warned in 2019 that the dam needed repairs, a report seen by the Times shows.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Storm hits coast again</a></li>
<li><a href="/b">Rivers rise across the north of the country</a></li></ul></aside>
<section id="comments"><p>Comment by reader: this is terrible news, thoughts with everyone there.</p></section>
</main></div>
<footer class="site-footer"><p>Copyright 2024 The Valley Times. All rights reserved.</p></footer>
</body></html>)";
}

}  // namespace hearsay::testing

#endif  // HEARSAY_TESTS_INPUT_INGEST_TEST_UTIL_H_
