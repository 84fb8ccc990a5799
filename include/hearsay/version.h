// hearsay's version, set by the build from CMakeLists.txt.
#ifndef HEARSAY_VERSION_H_
#define HEARSAY_VERSION_H_

namespace hearsay {

// "MAJOR.MINOR.PATCH".
const char* Version();

}  // namespace hearsay

#endif  // HEARSAY_VERSION_H_
