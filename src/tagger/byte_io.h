// ByteWriter and ByteReader: explicit little-endian encoding for model files.
//
// Model files never dump memory: every integer is written byte by byte, low
// byte first, so a file written on one machine loads on any other. Varints
// (LEB128) keep sparse tables small. A ByteReader never reads past its end:
// each Read* returns false instead, and the caller reports a truncated file.
//
//   ByteWriter w;  w.U32(7);  w.String("pos");
//   ByteReader r(w.bytes());  uint32_t v;  std::string s;
//   if (!r.U32(&v) || !r.String(&s)) return DataError("truncated");
//
// Neither class is thread-safe; both are cheap values.
#ifndef HEARSAY_TAGGER_BYTE_IO_H_
#define HEARSAY_TAGGER_BYTE_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace hearsay::internal {

class ByteWriter {
 public:
  void U8(uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Fixed(v, 2); }
  void U32(uint32_t v) { Fixed(v, 4); }
  void U64(uint64_t v) { Fixed(v, 8); }
  void I16(int16_t v) { U16(static_cast<uint16_t>(v)); }
  void F32(float v) {
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    U32(bits);
  }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      U8(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    U8(static_cast<uint8_t>(v));
  }
  // A varint length, then the bytes.
  void String(std::string_view s) {
    Varint(s.size());
    bytes_.append(s);
  }
  void Raw(std::string_view s) { bytes_.append(s); }

  const std::string& bytes() const { return bytes_; }
  std::string Release() { return std::move(bytes_); }

 private:
  void Fixed(uint64_t v, int n) {
    for (int i = 0; i < n; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  std::string bytes_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : data_(bytes) {}

  bool U8(uint8_t* v) {
    if (pos_ >= data_.size()) return false;
    *v = static_cast<uint8_t>(data_[pos_++]);
    return true;
  }
  bool U16(uint16_t* v) { return Fixed(v, 2); }
  bool U32(uint32_t* v) { return Fixed(v, 4); }
  bool U64(uint64_t* v) { return Fixed(v, 8); }
  bool I16(int16_t* v) {
    uint16_t u;
    if (!U16(&u)) return false;
    *v = static_cast<int16_t>(u);
    return true;
  }
  bool F32(float* v) {
    uint32_t bits;
    if (!U32(&bits)) return false;
    std::memcpy(v, &bits, 4);
    return true;
  }
  bool Varint(uint64_t* v) {
    uint64_t result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b;
      if (!U8(&b)) return false;
      result |= static_cast<uint64_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        *v = result;
        return true;
      }
    }
    return false;  // more than 10 bytes: corrupt
  }
  bool String(std::string_view* s) {
    uint64_t n;
    if (!Varint(&n) || n > remaining()) return false;
    *s = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool String(std::string* s) {
    std::string_view v;
    if (!String(&v)) return false;
    s->assign(v);
    return true;
  }
  bool Raw(size_t n, std::string_view* s) {
    if (n > remaining()) return false;
    *s = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }

  size_t remaining() const { return data_.size() - pos_; }
  size_t position() const { return pos_; }
  bool done() const { return pos_ == data_.size(); }

 private:
  template <typename T>
  bool Fixed(T* v, int n) {
    if (remaining() < static_cast<size_t>(n)) return false;
    uint64_t r = 0;
    for (int i = 0; i < n; ++i) r |= static_cast<uint64_t>(static_cast<uint8_t>(data_[pos_ + i])) << (8 * i);
    pos_ += n;
    *v = static_cast<T>(r);
    return true;
  }

  std::string_view data_;
  size_t pos_ = 0;
};

// FNV-1a, 64 bits: the checksum of model sections and the hash of feature strings.
inline uint64_t Fnv1a64(std::string_view s, uint64_t h = 0xcbf29ce484222325ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_BYTE_IO_H_
