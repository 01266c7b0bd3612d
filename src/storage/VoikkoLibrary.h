#pragma once

#include <libvoikko/voikko.h> // the functions' types only: libvoikko itself is found at run time

namespace salkku::storage {

// The functions of libvoikko (Finnish morphology) that FinnishTokenizer uses, found at run time when a
// portfolio is first opened or searched, not linked: linked, libvoikko and the libraries it loads (HFST,
// libarchive, libxml2 and theirs) are loaded at every start of the program, 0.75 ms before `main` (a program
// linked with Qt Widgets and libvoikko against one linked with Qt Widgets alone, 200 runs each).
// Without libvoikko every pointer is null and the tokenizer works without morphology, as it does without the
// Finnish dictionary.
struct VoikkoLibrary
{
    decltype(&voikkoInit) init = nullptr;
    decltype(&voikkoTerminate) terminate = nullptr;
    decltype(&voikkoGetVersion) version = nullptr;
    decltype(&voikkoAnalyzeWordUcs4) analyzeWord = nullptr;
    decltype(&voikko_mor_analysis_value_ucs4) analysisValue = nullptr;
    decltype(&voikko_free_mor_analysis) freeAnalyses = nullptr;
    decltype(&voikko_list_dicts) listDictionaries = nullptr;
    decltype(&voikko_dict_language) dictionaryLanguage = nullptr;
    decltype(&voikko_free_dicts) freeDictionaries = nullptr;

    // Every function was found.
    bool loaded() const;

    // The process's libvoikko, loaded at the first call (thread-safe) and never unloaded.
    static const VoikkoLibrary &instance();
};

} // namespace salkku::storage
