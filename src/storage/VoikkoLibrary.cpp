#include "VoikkoLibrary.h"

#include <QLibrary>

namespace salkku::storage {

namespace {

template <typename Function>
void resolve(QLibrary &library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(name));
}

VoikkoLibrary load()
{
    VoikkoLibrary voikko;
    QLibrary library(QStringLiteral("voikko"), 1); // libvoikko.so.1, the ABI the header describes
    if (!library.load())
        return voikko;
    resolve(library, "voikkoInit", voikko.init);
    resolve(library, "voikkoTerminate", voikko.terminate);
    resolve(library, "voikkoGetVersion", voikko.version);
    resolve(library, "voikkoAnalyzeWordUcs4", voikko.analyzeWord);
    resolve(library, "voikko_mor_analysis_value_ucs4", voikko.analysisValue);
    resolve(library, "voikko_free_mor_analysis", voikko.freeAnalyses);
    resolve(library, "voikko_list_dicts", voikko.listDictionaries);
    resolve(library, "voikko_dict_language", voikko.dictionaryLanguage);
    resolve(library, "voikko_free_dicts", voikko.freeDictionaries);
    if (!voikko.loaded())
        return VoikkoLibrary{}; // a libvoikko without one of them: none is used
    return voikko;
}

} // namespace

bool VoikkoLibrary::loaded() const
{
    return init && terminate && version && analyzeWord && analysisValue && freeAnalyses && listDictionaries &&
           dictionaryLanguage && freeDictionaries;
}

const VoikkoLibrary &VoikkoLibrary::instance()
{
    static const VoikkoLibrary voikko = load();
    return voikko;
}

} // namespace salkku::storage
