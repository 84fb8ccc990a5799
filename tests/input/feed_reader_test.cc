#include "input/feed_reader.h"

#include <gtest/gtest.h>

namespace hearsay::internal {
namespace {

std::vector<FeedItem> ReadFeed(const std::string& xml, std::string* error) {
  std::vector<FeedItem> items;
  EXPECT_TRUE(FeedReader().Read(xml, &items, error)) << *error;
  return items;
}

TEST(FeedReaderTest, Rss2WithContentEncoded) {
  const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valley Times</title><link>https://vt.example/</link>
<item><title>Dam gives way</title><link>https://vt.example/dam</link>
<pubDate>Tue, 05 Mar 2024 06:30:00 +0000</pubDate><dc:creator>Jo Park</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The dam gave way, officials said.</p><div class="share-bar"><a href="#">Share</a></div><p>"It was loud," she said.</p>]]></content:encoded>
</item>
<item><title>Second &amp; last</title><guid>https://vt.example/second</guid>
<author>desk@vt.example (Sam Lee)</author><description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; body.&lt;/p&gt;</description></item>
</channel></rss>)";
  std::string error;
  std::vector<FeedItem> items = ReadFeed(xml, &error);
  EXPECT_TRUE(error.empty());
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].title, "Dam gives way");
  EXPECT_EQ(items[0].link, "https://vt.example/dam");
  EXPECT_EQ(items[0].published, "2024-03-05");
  EXPECT_EQ(items[0].authors, std::vector<std::string>{"Jo Park"});
  EXPECT_EQ(items[0].publisher, "Valley Times");
  EXPECT_EQ(items[0].text, "The dam gave way, officials said.\n\n\"It was loud,\" she said.");
  EXPECT_EQ(items[1].title, "Second & last");
  EXPECT_EQ(items[1].link, "https://vt.example/second");
  EXPECT_EQ(items[1].authors, std::vector<std::string>{"Sam Lee"});
  EXPECT_EQ(items[1].text, "Escaped HTML body.");
}

TEST(FeedReaderTest, Rss1Rdf) {
  const std::string xml = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://vt.example/"><title>VT</title></channel>
<item rdf:about="https://vt.example/1"><title>One</title><link>https://vt.example/1</link>
<dc:date>2024-03-06T10:00:00Z</dc:date><description>First body.</description></item>
</rdf:RDF>)";
  std::string error;
  std::vector<FeedItem> items = ReadFeed(xml, &error);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].title, "One");
  EXPECT_EQ(items[0].published, "2024-03-06");
  EXPECT_EQ(items[0].text, "First body.");
  EXPECT_EQ(items[0].publisher, "VT");
}

TEST(FeedReaderTest, AtomWithXhtmlAndHtmlContent) {
  const std::string xml = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
<entry><title type="html">A &lt;b&gt;bold&lt;/b&gt; claim</title>
<link rel="alternate" href="https://at.example/a"/><link rel="edit" href="https://at.example/edit/a"/>
<published>2024-03-07T08:00:00Z</published><updated>2024-03-08T08:00:00Z</updated>
<author><name>Ana Ruiz</name></author>
<summary>Teaser.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph.</p><p>Second one.</p></div></content>
</entry>
<entry><title>B</title><link href="https://at.example/b"/><updated>2024-03-09T00:00:00Z</updated>
<content type="html">&lt;p&gt;Body of B.&lt;/p&gt;</content></entry>
</feed>)";
  std::string error;
  std::vector<FeedItem> items = ReadFeed(xml, &error);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].title, "A bold claim");
  EXPECT_EQ(items[0].link, "https://at.example/a");
  EXPECT_EQ(items[0].published, "2024-03-07");
  EXPECT_EQ(items[0].authors, std::vector<std::string>{"Ana Ruiz"});
  EXPECT_EQ(items[0].text, "First paragraph.\n\nSecond one.");
  EXPECT_EQ(items[1].published, "2024-03-09");
  EXPECT_EQ(items[1].text, "Body of B.");
  EXPECT_EQ(items[1].publisher, "Atom Times");
}

TEST(FeedReaderTest, BrokenFeedKeepsWhatItCanAndSaysSo) {
  const std::string xml = R"(<rss version="2.0"><channel><title>T</title>
<item><title>Whole</title><description>Complete item.</description></item>
<item><title>Cut</title><description>This item is cut off in the mid)";
  std::vector<FeedItem> items;
  std::string error;
  ASSERT_TRUE(FeedReader().Read(xml, &items, &error));
  ASSERT_GE(items.size(), 1u);
  EXPECT_EQ(items[0].text, "Complete item.");
  EXPECT_NE(error.find("not well-formed"), std::string::npos);
}

TEST(FeedReaderTest, EntitiesAreNeverExpanded) {
  std::string xml = R"(<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">)";
  xml += R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">)";
  xml += R"(<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">)";
  xml += R"(<!ENTITY xxe SYSTEM "file:///etc/passwd">]>)";
  xml += R"(<rss><channel><item><title>T</title><description>x &e;&e;&e; &xxe; y</description></item></channel></rss>)";
  std::vector<FeedItem> items;
  std::string error;
  ASSERT_TRUE(FeedReader().Read(xml, &items, &error));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_LT(items[0].text.size(), 100u);
  EXPECT_EQ(items[0].text.find("root:"), std::string::npos);
}

TEST(FeedReaderTest, NotAFeed) {
  std::vector<FeedItem> items;
  std::string error;
  EXPECT_FALSE(FeedReader().Read("<html><body>page</body></html>", &items, &error));
  EXPECT_EQ(error, "not a feed: the root element is <html>");
  EXPECT_FALSE(FeedReader().Read("", &items, &error));
}

}  // namespace
}  // namespace hearsay::internal
