// DocumentSource (hearsay/ingest.h): one input of any format -> Documents.
#include <deque>
#include <memory>
#include <string>

#include "hearsay/ingest.h"
#include "hearsay/input.h"
#include "input/date_parser.h"
#include "input/feed_reader.h"
#include "input/format_detector.h"
#include "input/html_extractor.h"
#include "input/input_stream.h"
#include "input/warc_reader.h"

namespace hearsay {
namespace {

using internal::InputStream;

bool IsHtmlContentType(std::string_view ct) {
  std::string lower(ct.substr(0, 64));
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return lower.find("text/html") != std::string::npos || lower.find("application/xhtml") != std::string::npos;
}

void FillInfo(const internal::PageMetadata& m, DocumentInfo* info) {
  if (!info->title && m.title) info->title = m.title;
  if (!info->published && m.published) info->published = m.published;
  if (!info->publisher && m.publisher) info->publisher = m.publisher;
  if (!info->url && m.url) info->url = m.url;
  if (info->authors.empty()) info->authors = m.authors;
  if (!info->language && m.language) info->language = m.language;
}

Result<Document> MakeDocument(const std::string& text, DocumentInfo info, const std::vector<std::string>& warnings) {
  Result<Document> doc = DecodeText(text, std::move(info));
  if (!doc.ok()) return doc;
  for (const std::string& w : warnings) doc->mutable_warnings().push_back(Warning{0, w});
  return doc;
}

}  // namespace

const char* ToString(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kHtml: return "html";
    case InputFormat::kFeed: return "rss";
    case InputFormat::kWarc: return "warc";
  }
  return "auto";
}

std::optional<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "html") return InputFormat::kHtml;
  if (name == "rss" || name == "atom" || name == "feed") return InputFormat::kFeed;
  if (name == "warc") return InputFormat::kWarc;
  return std::nullopt;
}

InputFormat DetectFormat(std::string_view head) { return internal::FormatDetector::Detect(head); }

Result<Document> DocumentFromHtml(std::string_view bytes, DocumentInfo info, std::string_view content_type,
                                  const IngestOptions& options) {
  internal::HtmlExtractor extractor(options.max_page_bytes);
  internal::ExtractedPage page = extractor.Extract(bytes, content_type, info.url.value_or(""));
  FillInfo(page.metadata, &info);
  if (page.text.empty()) page.warnings.push_back("no article text found in the page");
  return MakeDocument(page.text, std::move(info), page.warnings);
}

struct DocumentSource::Impl {
  std::string name;
  IngestOptions options;
  InputFormat format = InputFormat::kText;
  Status status;
  size_t skipped = 0;
  std::unique_ptr<InputStream> in;
  // Whole-input formats: the bytes, read once; items still to hand out.
  std::string bytes;
  std::vector<std::string> read_warnings;  // e.g. truncated gzip
  bool started = false;
  std::optional<JsonlReader> jsonl;
  std::deque<IngestItem> queue;
  std::unique_ptr<internal::WarcReader> warc;

  void Start();
  bool NextWarc(IngestItem* item);
  Status ReadWhole(size_t limit, bool cut_is_ok);
};

// Reads the rest of the input into `bytes`, up to `limit`. Past the limit a
// page is cut (cut_is_ok) and anything else refused; damaged gzip keeps what
// came before it, with a warning.
Status DocumentSource::Impl::ReadWhole(size_t limit, bool cut_is_ok) {
  char buf[65536];
  for (;;) {
    size_t got = in->Read(buf, sizeof buf);
    if (got == 0) break;
    if (bytes.size() + got > limit) {
      if (!cut_is_ok) {
        return TooLargeError(std::string(in->gzip() ? "decompresses to" : "is") + " more than " +
                             std::to_string(limit) + " bytes (the limit)");
      }
      bytes.append(buf, limit - bytes.size());
      read_warnings.push_back(std::string(in->gzip() ? "decompresses to" : "is") + " more than " +
                              std::to_string(limit) + " bytes: only the first " + std::to_string(limit) +
                              " were read");
      break;
    }
    bytes.append(buf, got);
    if (auto e = in->TakeError()) read_warnings.push_back(*e);
  }
  if (auto e = in->TakeError()) read_warnings.push_back(*e);
  if (!in->status().ok()) {
    if (in->status().code() == StatusCode::kDataError && !bytes.empty()) {
      read_warnings.push_back(in->status().message() + "; read the first " + std::to_string(bytes.size()) +
                              " bytes");
    } else {
      return in->status();
    }
  }
  return Status::Ok();
}

void DocumentSource::Impl::Start() {
  started = true;
  if (format == InputFormat::kWarc) {
    warc = std::make_unique<internal::WarcReader>(in.get(), options.max_record_bytes);
    return;
  }
  const bool page = format == InputFormat::kHtml;
  if (in && (format == InputFormat::kText || format == InputFormat::kHtml)) {
    // A NUL in the first bytes is binary whatever follows (only UTF-16, which
    // announces itself with a byte-order mark, has NULs in HTML): do not
    // inflate or parse the rest.
    std::string_view head = in->Peek(internal::FormatDetector::kHeadBytes);
    const bool utf16 = head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF";
    size_t nul = utf16 ? std::string_view::npos : head.find('\0');
    if (nul != std::string_view::npos) {
      status = DataError(std::string("binary data, not ") + (page ? "HTML" : "text") + " (NUL at byte " +
                         std::to_string(nul) + ")");
      return;
    }
  }
  if (in) {
    status = ReadWhole(page ? options.max_page_bytes : options.max_input_bytes, page);
    if (!status.ok()) return;
  }
  auto warn_all = [&](IngestItem* item) {
    for (const std::string& w : read_warnings) item->warnings.push_back(w);
  };
  switch (format) {
    case InputFormat::kText: {
      IngestItem item;
      item.where = name;
      DocumentInfo info;
      info.id = name;
      warn_all(&item);
      Result<Document> doc = MakeDocument(bytes, std::move(info), item.warnings);
      if (doc.ok()) item.document = std::move(*doc);
      else item.error = doc.status().message();
      queue.push_back(std::move(item));
      break;
    }
    case InputFormat::kJsonl:
      jsonl.emplace(JsonlReader::FromBytes(std::move(bytes)));
      if (!read_warnings.empty()) {
        IngestItem item;
        item.where = name;
        item.error = read_warnings.front();
        queue.push_back(std::move(item));
      }
      break;
    case InputFormat::kHtml: {
      IngestItem item;
      item.where = name;
      DocumentInfo info;
      info.id = name;
      Result<Document> doc = DocumentFromHtml(bytes, std::move(info), {}, options);
      if (doc.ok()) {
        for (const std::string& w : read_warnings) doc->mutable_warnings().push_back(Warning{0, w});
        for (const Warning& w : doc->warnings()) item.warnings.push_back(w.message);
        item.document = std::move(*doc);
      } else {
        item.error = doc.status().message();
      }
      queue.push_back(std::move(item));
      break;
    }
    case InputFormat::kFeed: {
      internal::FeedReader reader(options.max_page_bytes);
      std::vector<internal::FeedItem> items;
      std::string error;
      bool ok = reader.Read(bytes, &items, &error);
      std::string().swap(bytes);
      if (!error.empty() || !read_warnings.empty()) {
        IngestItem item;
        item.where = name;
        item.error = !error.empty() ? error : read_warnings.front();
        queue.push_back(std::move(item));
      }
      if (!ok) break;
      for (size_t i = 0; i < items.size(); ++i) {
        internal::FeedItem& f = items[i];
        IngestItem item;
        item.where = name + ": item " + std::to_string(i + 1);
        DocumentInfo info;
        info.id = !f.link.empty() ? f.link : name + "#" + std::to_string(i + 1);
        if (!f.link.empty()) info.url = f.link;
        if (!f.title.empty()) info.title = f.title;
        info.published = f.published;
        info.authors = std::move(f.authors);
        if (!f.publisher.empty()) info.publisher = f.publisher;
        if (f.text.empty()) item.warnings.push_back("item has no text");
        Result<Document> doc = MakeDocument(f.text, std::move(info), item.warnings);
        if (doc.ok()) item.document = std::move(*doc);
        else item.error = doc.status().message();
        queue.push_back(std::move(item));
      }
      break;
    }
    default:
      break;
  }
}

bool DocumentSource::Impl::NextWarc(IngestItem* item) {
  internal::WarcRecord record;
  std::string error;
  while (warc->Next(&record, &error)) {
    const std::string where =
        name + ": record " + std::to_string(record.index) + " at byte " + std::to_string(record.offset);
    if (!error.empty()) {
      item->where = where;
      item->error = error;
      return true;
    }
    if (record.type != "response") {
      ++skipped;
      continue;
    }
    if (record.too_large) {
      item->where = where;
      item->error = "record of " + std::to_string(record.length) + " bytes skipped (the limit is " +
                    std::to_string(options.max_record_bytes) + ")";
      return true;
    }
    internal::HttpResponse http;
    if (!internal::WarcReader::ParseHttp(record.block, &http, options.max_page_bytes)) {
      item->where = where;
      item->error = "response record without a readable HTTP response";
      return true;
    }
    std::string().swap(record.block);
    if (http.status != 200 ||
        !(IsHtmlContentType(http.content_type) ||
          (http.content_type.empty() && DetectFormat(std::string_view(http.body).substr(0, 4096)) == InputFormat::kHtml))) {
      ++skipped;
      continue;
    }
    DocumentInfo info;
    info.id = !record.target_uri.empty() ? record.target_uri : where;
    if (!record.target_uri.empty()) info.url = record.target_uri;
    internal::HtmlExtractor extractor(options.max_page_bytes);
    internal::ExtractedPage page = extractor.Extract(http.body, http.content_type, record.target_uri);
    if (page.text.empty()) {
      ++skipped;  // a page with no article (an index, a video page): nothing to read
      continue;
    }
    FillInfo(page.metadata, &info);
    if (!info.published) info.published = internal::DateParser::ToIsoDate(record.date);
    item->where = where;
    item->warnings = page.warnings;
    Result<Document> doc = MakeDocument(page.text, std::move(info), page.warnings);
    if (doc.ok()) item->document = std::move(*doc);
    else item->error = doc.status().message();
    return true;
  }
  if (!in->status().ok()) status = in->status();
  return false;
}

DocumentSource::DocumentSource(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DocumentSource::DocumentSource(DocumentSource&&) noexcept = default;
DocumentSource& DocumentSource::operator=(DocumentSource&&) noexcept = default;
DocumentSource::~DocumentSource() = default;

Result<DocumentSource> DocumentSource::Open(const std::string& path, const IngestOptions& options) {
  Result<std::unique_ptr<InputStream>> in = InputStream::Open(path);
  if (!in.ok()) return in.status();
  auto impl = std::make_unique<Impl>();
  impl->name = path == "-" ? "stdin" : path;
  impl->options = options;
  impl->in = std::move(*in);
  impl->format = options.format;
  if (impl->format == InputFormat::kAuto) {
    impl->format = DetectFormat(impl->in->Peek(internal::FormatDetector::kHeadBytes));
    if (!impl->in->status().ok() && impl->in->Peek(1).empty()) return impl->in->status();
  }
  return DocumentSource(std::move(impl));
}

DocumentSource DocumentSource::FromBytes(std::string bytes, std::string name, const IngestOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->name = std::move(name);
  impl->options = options;
  impl->in = InputStream::FromBytes(std::move(bytes));
  impl->format = options.format;
  if (impl->format == InputFormat::kAuto) {
    impl->format = DetectFormat(impl->in->Peek(internal::FormatDetector::kHeadBytes));
  }
  return DocumentSource(std::move(impl));
}

bool DocumentSource::Next(IngestItem* item) {
  *item = IngestItem();
  Impl& m = *impl_;
  if (!m.started) m.Start();
  if (!m.status.ok()) return false;
  if (m.format == InputFormat::kWarc) return m.NextWarc(item);
  if (!m.queue.empty()) {
    *item = std::move(m.queue.front());
    m.queue.pop_front();
    return true;
  }
  if (m.jsonl) {
    JsonlRecord record;
    if (m.jsonl->Next(&record)) {
      item->where = m.name + ":" + std::to_string(record.line);
      if (record.document) {
        item->document = std::move(*record.document);
      } else {
        item->error = record.error;
        item->line = record.line;
        item->id_json = record.id_json;
      }
      return true;
    }
    if (!m.jsonl->status().ok()) m.status = m.jsonl->status();
  }
  return false;
}

const Status& DocumentSource::status() const { return impl_->status; }
InputFormat DocumentSource::format() const { return impl_->format; }
size_t DocumentSource::skipped() const { return impl_->skipped; }
bool DocumentSource::compressed() const { return impl_->in && impl_->in->gzip(); }

}  // namespace hearsay
