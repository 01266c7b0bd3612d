#include "FinnishTokenizer.h"

#include "SearchRanking.h"
#include "VoikkoLibrary.h"
#include "core/FinnishText.h"

#include <QByteArray>
#include <QHash>
#include <QVarLengthArray>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <sqlite3.h>
#include <string>

namespace salkku::storage {

namespace {

using core::FinnishText::foldCase;
using TokenCallback = int (*)(void *context, int flags, const char *token, int tokenBytes, int start,
                              int end);

constexpr qsizetype kMaxCacheEntries = 200000;
constexpr size_t kMinComponentLength = 3;
constexpr char32_t kInvalid = 0xFFFFFFFF;

// SQLITE_TRANSIENT without its old-style cast: SQLite copies the result before the function returns.
const sqlite3_destructor_type kTransient =
    reinterpret_cast<sqlite3_destructor_type>(static_cast<intptr_t>(-1)); // NOLINT(performance-no-int-to-ptr)

int clampToInt(qsizetype size)
{
    return static_cast<int>(std::min<qsizetype>(size, INT_MAX));
}

// Decodes the UTF-8 sequence at text[pos] into *codePoint (kInvalid for a malformed sequence: an invalid
// lead byte, a missing continuation byte, an overlong form, a surrogate); returns how many bytes it used.
int decodeUtf8(const unsigned char *text, int pos, int length, char32_t *codePoint)
{
    const unsigned char lead = text[pos];
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    }
    int continuation = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        continuation = 1;
        value = lead & 0x1Fu;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        continuation = 2;
        value = lead & 0x0Fu;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        continuation = 3;
        value = lead & 0x07u;
        minimum = 0x10000;
    } else {
        *codePoint = kInvalid;
        return 1;
    }
    for (int i = 1; i <= continuation; ++i) {
        // A malformed sequence ends before the offending byte, which is decoded afresh.
        if (pos + i >= length || (text[pos + i] & 0xC0u) != 0x80u) {
            *codePoint = kInvalid;
            return i;
        }
        value = (value << 6) | (text[pos + i] & 0x3Fu);
    }
    *codePoint =
        (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) ? kInvalid : value;
    return continuation + 1;
}

bool isMark(UChar32 c)
{
    switch (static_cast<UCharCategory>(u_charType(c))) {
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
        return true;
    default:
        return false;
    }
}

bool isLetterOrDigit(UChar32 c)
{
    switch (static_cast<UCharCategory>(u_charType(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
        return true;
    default:
        return false;
    }
}

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// ä → a: the first unit of the canonical decomposition of a letter whose other units are combining marks.
char16_t baseLetter(const icu::Normalizer2 &nfd, char16_t c)
{
    if (QChar::isSurrogate(c) || !u_isalpha(c))
        return c;
    icu::UnicodeString decomposition;
    if (!nfd.getDecomposition(c, decomposition) || decomposition.length() < 2)
        return c;
    const char16_t first = decomposition.charAt(0);
    if (QChar::isSurrogate(first))
        return c;
    for (int32_t i = 1; i < decomposition.length(); ++i) {
        const char16_t unit = decomposition.charAt(i);
        if (QChar::isSurrogate(unit) || !isMark(unit))
            return c; // a Hangul syllable decomposes into letters, not marks
    }
    return first;
}

void appendDistinct(QStringList &list, const QString &token)
{
    if (!token.isEmpty() && !list.contains(token))
        list.append(token);
}

bool isWordCodePoint(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetter(c) || isAsciiDigit(c);
    if (c == kInvalid)
        return false;
    return isMark(static_cast<UChar32>(c)) || isLetterOrDigit(static_cast<UChar32>(c));
}

QString withFoldedMark(const QString &token)
{
    return QChar(FinnishTokenizer::kFoldedMark) + token;
}

// The base of a compound's final component: the last part of WORDBASES whose base (in parentheses) is a
// word and not a derivational suffix like "(+u)". "+palvel(palvella)+u(+u)+strategia(strategia)" →
// "strategia"; "+alue(alue)+hyvinvointi(hyvin=vointi)" → "hyvinvointi".
QString finalBase(const QString &wordBases)
{
    QString base;
    qsizetype open = -1;
    for (qsizetype i = 0; i < wordBases.size(); ++i) {
        if (wordBases[i] == u'(') {
            open = i;
        } else if (wordBases[i] == u')' && open >= 0) {
            if (i > open + 1 && wordBases[open + 1] != u'+')
                base = wordBases.mid(open + 1, i - open - 1);
            open = -1;
        }
    }
    base.remove(u'=');
    return base;
}

// A morpheme of WORDBASES: where it starts in the word, and the base of the word it is (empty for a suffix).
struct Morpheme
{
    qsizetype start = 0;
    QString base;
};

// "+kirjaamis(kirjata)+käytäntö(käytäntö)" → (0, "kirjata"), (9, "käytäntö"); "+palvel(palvella)+u(+u)" →
// (0, "palvella"), (6, ""); "+sosiaali+palvel(palvella)…" → (0, ""), (8, "palvella"), …
QList<Morpheme> morphemesOf(const QString &wordBases)
{
    QList<Morpheme> morphemes;
    qsizetype position = 0;
    qsizetype i = 0;
    while (i < wordBases.size()) {
        if (wordBases[i] != u'+')
            return morphemes; // not as expected: what was read so far
        qsizetype end = i + 1;
        while (end < wordBases.size() && wordBases[end] != u'(' && wordBases[end] != u'+')
            ++end;
        Morpheme morpheme{position, QString()};
        position += end - i - 1;
        i = end;
        if (i < wordBases.size() && wordBases[i] == u'(') {
            const qsizetype close = wordBases.indexOf(u')', i);
            if (close < 0)
                return morphemes;
            const QString base = wordBases.mid(i + 1, close - i - 1);
            if (!base.startsWith(u'+'))
                morpheme.base = foldCase(QString(base).remove(u'='));
            i = close + 1;
        }
        morphemes.append(morpheme);
    }
    return morphemes;
}

// The tokens of one word, UTF-8 and each ended by '\0': the case-folded word, its base forms, its compound
// parts, the folded forms. One allocation per word keeps a cache of 200 000 words small.
struct Alternatives
{
    QByteArray tokens;
    int queryCount = 1; // the word and its base forms
    int documentCount = 1;
    bool known = false; // Voikko analysed the word
};

QByteArray joined(const QStringList &tokens)
{
    QByteArray bytes;
    for (const QString &token : tokens) {
        bytes += token.toUtf8();
        bytes += '\0';
    }
    return bytes;
}

// The analysed words of the process, shared by every connection and thread (each analyses with its own
// Voikko handle). Bounded: when full, it starts again.
class WordCache
{
public:
    std::optional<Alternatives> word(const QString &key) const
    {
        std::shared_lock lock(m_mutex);
        const auto it = m_words.constFind(key);
        if (it == m_words.cend())
            return std::nullopt;
        return it.value();
    }
    void addWord(const QString &key, const Alternatives &alternatives)
    {
        std::unique_lock lock(m_mutex);
        if (m_words.size() >= kMaxCacheEntries)
            m_words.clear();
        m_words.insert(key, alternatives);
    }
    std::optional<QByteArray> folded(const QString &key) const
    {
        std::shared_lock lock(m_mutex);
        const auto it = m_folded.constFind(key);
        if (it == m_folded.cend())
            return std::nullopt;
        return it.value();
    }
    void addFolded(const QString &key, const QByteArray &tokens)
    {
        std::unique_lock lock(m_mutex);
        if (m_folded.size() >= kMaxFoldedEntries)
            m_folded.clear();
        m_folded.insert(key, tokens);
    }

private:
    static constexpr qsizetype kMaxFoldedEntries = 20000;
    mutable std::shared_mutex m_mutex;
    QHash<QString, Alternatives> m_words;
    QHash<QString, QByteArray> m_folded; // a folded query word's tokens
};

WordCache &wordCache()
{
    static WordCache cache;
    return cache;
}

// Words spelled with ä and ö put back for a and o: every way to choose, for the a's and o's in order,
// front (ä, ö) or back (a, o) vowels, switching at most twice (vowel harmony holds within each part of a
// compound; three parts are plenty). "kaytannot" → "kaytannot", "käytännöt", "käytännot", … Words with more
// than kMaxReaccented a's and o's only as they are.
constexpr int kMaxReaccented = 12;

QStringList reaccented(const QString &word)
{
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        if (c == u'a' || c == u'o' || c == u'A' || c == u'O')
            positions.append(i);
    }
    QStringList candidates{word};
    const auto k = static_cast<int>(positions.size());
    if (k == 0 || k > kMaxReaccented)
        return candidates;
    for (quint32 mask = 1; mask < (1u << k); ++mask) {
        int switches = 0;
        for (int bit = 1; bit < k; ++bit)
            switches += ((mask >> bit) & 1u) != ((mask >> (bit - 1)) & 1u) ? 1 : 0;
        if (switches > 2)
            continue;
        QString candidate = word;
        for (int bit = 0; bit < k; ++bit) {
            if (!((mask >> bit) & 1u))
                continue;
            QChar &c = candidate[positions[bit]];
            switch (c.unicode()) {
            case u'a':
                c = QChar(u'ä');
                break;
            case u'o':
                c = QChar(u'ö');
                break;
            case u'A':
                c = QChar(u'Ä');
                break;
            default:
                c = QChar(u'Ö');
                break;
            }
        }
        candidates.append(candidate);
    }
    return candidates;
}

// A Voikko handle, for one thread at a time, and what it makes of words.
class Analyzer
{
public:
    Analyzer()
    {
        if (!m_library.loaded())
            return;
        const char *error = nullptr;
        m_voikko = m_library.init(&error, "fi", nullptr);
    }
    ~Analyzer()
    {
        if (m_voikko)
            m_library.terminate(m_voikko);
    }
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    // The word's tokens, from the shared cache or analysed now (and then cached); key is the word in NFC.
    Alternatives alternatives(const QString &key, bool *analysed = nullptr)
    {
        if (auto cached = wordCache().word(key)) {
            if (analysed)
                *analysed = false;
            return *cached;
        }
        Alternatives result = analyseWord(key);
        wordCache().addWord(key, result);
        if (analysed)
            *analysed = true;
        return result;
    }

    // The tokens of a word searched for with its letters folded (key in NFC).
    QByteArray foldedQuery(const QString &key)
    {
        if (auto cached = wordCache().folded(key))
            return *cached;
        const QString folded = FinnishTokenizer::fold(key);
        const QString plain = foldCase(folded);
        QStringList tokens{plain, withFoldedMark(plain)};
        const bool hasLetter = std::any_of(key.begin(), key.end(), [](QChar c) { return !c.isDigit(); });
        if (m_voikko && hasLetter) {
            for (const QString &candidate : reaccented(folded))
                for (const QString &base : baseForms(candidate))
                    appendDistinct(tokens, base);
        }
        QByteArray bytes = joined(tokens);
        wordCache().addFolded(key, bytes);
        return bytes;
    }

private:
    // Voikko's base forms of a word, case folded.
    QStringList baseForms(const QString &word)
    {
        QStringList bases;
        const std::wstring wide = word.toStdWString();
        voikko_mor_analysis **analyses = m_library.analyzeWord(m_voikko, wide.c_str());
        for (voikko_mor_analysis **analysis = analyses; analysis && *analysis; ++analysis)
            if (const wchar_t *base = m_library.analysisValue(*analysis, "BASEFORM"))
                appendDistinct(bases, foldCase(QString::fromWCharArray(base)));
        if (analyses)
            m_library.freeAnalyses(analyses);
        return bases;
    }

    void addCompoundParts(const std::wstring &word, const wchar_t *structure, const wchar_t *wordBases,
                          const wchar_t *baseForm, QStringList &parts);
    void addPart(const QString &part, qsizetype start, const QList<Morpheme> &morphemes, QStringList &parts);
    Alternatives analyseWord(const QString &word);

    const VoikkoLibrary &m_library = VoikkoLibrary::instance();
    VoikkoHandle *m_voikko = nullptr;
};

// A component of a compound: where it starts in the word, and how long it is.
struct Component
{
    size_t start = 0;
    size_t length = 0;
};
using Components = QVarLengthArray<Component, 8>;

// The components of a word by Voikko's STRUCTURE: '=' starts a component and every other character stands for
// one character of the word. Empty unless it is a compound (two components or more) that fits the word.
Components componentsOf(const std::wstring &word, const wchar_t *structure)
{
    Components components;
    size_t pos = 0;
    for (const wchar_t *s = structure; *s; ++s) {
        if (*s == L'=') {
            components.append(Component{pos, 0});
        } else {
            if (components.isEmpty() || pos >= word.size())
                return {};
            ++components.last().length;
            ++pos;
        }
    }
    if (pos != word.size() || components.size() < 2)
        return {};
    return components;
}

bool longEnough(const QString &text)
{
    return text.size() >= static_cast<qsizetype>(kMinComponentLength);
}

// The base of a compound's final part: the word's base form without the leading components
// ("sosiaalipalvelut" → "sosiaalipalvelu" → "palvelu"). WORDBASES would give the derivation's root instead
// ("palvella"), so it is the fallback.
QString finalPartBase(const QString &leading, const wchar_t *wordBases, const wchar_t *baseForm)
{
    const QString base = baseForm ? foldCase(QString::fromWCharArray(baseForm)) : QString();
    if (!leading.isEmpty() && base.startsWith(leading) &&
        base.size() - leading.size() >= static_cast<qsizetype>(kMinComponentLength))
        return base.mid(leading.size());
    return foldCase(finalBase(QString::fromWCharArray(wordBases)));
}

// Runs of adjacent parts but the whole word, the last one ending in the final part's base:
// "terveys|hyöty|arvio|malli" → "terveyshyöty", "hyötyarvio", "arviomalli", "terveyshyötyarvio",
// "hyötyarviomalli".
void addRuns(const QStringList &written, const QString &last, QStringList &parts)
{
    const qsizetype n = written.size() + 1;
    for (qsizetype from = 0; from < n; ++from) {
        QString run;
        for (qsizetype to = from; to < n; ++to) {
            if (to < n - 1) {
                run += written[to];
                if (to > from && longEnough(run))
                    appendDistinct(parts, run);
            } else if (from > 0 && to > from && !last.isEmpty()) {
                appendDistinct(parts, run + last);
            }
        }
    }
}

// Adds a non-final part of a compound, as written, in its own base forms ("lasten" → "lapsi", analysed once,
// through the cache) and, when it is no word of its own ("kirjaamis-", "asumis-"), the base of the word it is
// made from in WORDBASES ("+kirjaamis(kirjata)"): "kirjaaminen" finds "kirjaamiskäytännöt".
void Analyzer::addPart(const QString &part, qsizetype start, const QList<Morpheme> &morphemes,
                       QStringList &parts)
{
    appendDistinct(parts, part);
    const Alternatives own = alternatives(part);
    const char *token = own.tokens.constData();
    for (int k = 0; k < own.queryCount; ++k) {
        const auto size = static_cast<qsizetype>(qstrlen(token));
        if (k > 0)
            appendDistinct(parts, QString::fromUtf8(token, size));
        token += size + 1;
    }
    if (own.known)
        return;
    for (const Morpheme &morpheme : morphemes)
        if (morpheme.start == start && !morpheme.base.isEmpty())
            appendDistinct(parts, morpheme.base);
}

// Adds the parts of a compound (STRUCTURE with at least two components): each non-final component as written
// and in its base forms, the base of the final one, and every run of adjacent components but the whole word
// (ending in the final component's base).
void Analyzer::addCompoundParts(const std::wstring &word, const wchar_t *structure, const wchar_t *wordBases,
                                const wchar_t *baseForm, QStringList &parts)
{
    if (!structure || !wordBases)
        return;
    const Components components = componentsOf(word, structure);
    if (components.isEmpty())
        return;
    QStringList written; // the non-final components as written, case folded
    QString leading;
    for (qsizetype i = 0; i + 1 < components.size(); ++i) {
        const Component &component = components[i];
        written.append(foldCase(QString::fromWCharArray(word.data() + component.start,
                                                        static_cast<qsizetype>(component.length))));
        leading += written.last();
    }
    const QString last = finalPartBase(leading, wordBases, baseForm);
    const QList<Morpheme> morphemes = morphemesOf(QString::fromWCharArray(wordBases));
    for (qsizetype i = 0; i < written.size(); ++i)
        if (longEnough(written[i]))
            addPart(written[i], static_cast<qsizetype>(components[i].start), morphemes, parts);
    if (longEnough(last))
        appendDistinct(parts, last);
    addRuns(written, last, parts);
}

Alternatives Analyzer::analyseWord(const QString &word)
{
    QStringList tokens{foldCase(word)};
    bool known = false;
    QStringList parts;
    const bool hasLetter = std::any_of(word.begin(), word.end(), [](QChar c) { return !c.isDigit(); });
    if (m_voikko && hasLetter) {
        // Voikko is given the word as written: it tells proper nouns by their capital letter.
        const std::wstring wide = word.toStdWString();
        voikko_mor_analysis **analyses = m_library.analyzeWord(m_voikko, wide.c_str());
        for (voikko_mor_analysis **analysis = analyses; analysis && *analysis; ++analysis) {
            known = true;
            if (const wchar_t *base = m_library.analysisValue(*analysis, "BASEFORM"))
                appendDistinct(tokens, foldCase(QString::fromWCharArray(base)));
            addCompoundParts(wide, m_library.analysisValue(*analysis, "STRUCTURE"),
                             m_library.analysisValue(*analysis, "WORDBASES"),
                             m_library.analysisValue(*analysis, "BASEFORM"), parts);
        }
        if (analyses)
            m_library.freeAnalyses(analyses);
    }
    Alternatives alternatives;
    alternatives.known = known;
    alternatives.queryCount = static_cast<int>(tokens.size());
    for (const QString &part : std::as_const(parts))
        appendDistinct(tokens, part);
    // The word with its diacritics folded, marked as folded. (Base forms and parts are not: a word typed
    // without diacritics is given them back through Voikko when searched for.)
    const QString folded = FinnishTokenizer::fold(tokens.front());
    if (folded != tokens.front())
        appendDistinct(tokens, withFoldedMark(folded));
    alternatives.documentCount = static_cast<int>(tokens.size());
    alternatives.tokens = joined(tokens);
    return alternatives;
}

// Documents tokenized ahead (FinnishTokenizer::prepareDocuments): a text's UTF-8 and what the tokenizer emits
// for it, each token as flags, start, end and size (four ints) and its bytes. The index, given the same text
// (byte for byte), replays them instead of reading the text again. Each is taken once; when more are waiting
// than an import needs (a file's batch of 64 pages, two texts each; on a server a few pages of units), the
// oldest are dropped, and such a text is read as usual.
class ReadyDocuments
{
public:
    void add(const QByteArray &text, const QByteArray &tokens)
    {
        const std::lock_guard lock(m_mutex);
        if (const auto old = m_tokens.constFind(text); old != m_tokens.cend()) {
            m_bytes -= text.size() + old.value().size();
            m_tokens.erase(old);
            m_order.erase(std::find(m_order.begin(), m_order.end(), text));
        }
        while (!m_order.empty() && (std::ssize(m_order) >= FinnishTokenizer::kMaxDocumentsReady ||
                                    m_bytes + text.size() + tokens.size() > kMaxBytes))
            dropOldest();
        m_order.push_back(text);
        m_tokens.insert(text, tokens);
        m_bytes += text.size() + tokens.size();
    }

    int size()
    {
        const std::lock_guard lock(m_mutex);
        return static_cast<int>(m_order.size());
    }

    void clear()
    {
        const std::lock_guard lock(m_mutex);
        m_tokens.clear();
        m_order.clear();
        m_bytes = 0;
    }

    std::optional<QByteArray> take(const char *text, int length)
    {
        const QByteArray key = QByteArray::fromRawData(text, length);
        const std::lock_guard lock(m_mutex);
        if (m_tokens.isEmpty())
            return std::nullopt;
        const auto it = m_tokens.constFind(key);
        if (it == m_tokens.cend())
            return std::nullopt;
        QByteArray tokens = it.value();
        m_bytes -= key.size() + tokens.size();
        m_tokens.erase(it);
        m_order.erase(std::find(m_order.begin(), m_order.end(), key));
        return tokens;
    }

private:
    void dropOldest()
    {
        const auto it = m_tokens.constFind(m_order.front());
        if (it != m_tokens.cend()) {
            m_bytes -= it.key().size() + it.value().size();
            m_tokens.erase(it);
        }
        m_order.pop_front();
    }

    static constexpr qsizetype kMaxBytes = qsizetype(32) << 20;
    std::mutex m_mutex;
    QHash<QByteArray, QByteArray> m_tokens;
    std::deque<QByteArray> m_order;
    qsizetype m_bytes = 0;
};

ReadyDocuments &readyDocuments()
{
    static ReadyDocuments documents;
    return documents;
}

// The tokens of a document, as ReadyDocuments keeps them, collected from the tokenizer's callback.
int recordToken(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *tokens = static_cast<QByteArray *>(context);
    const int header[4] = {flags, start, end, size};
    // One resize and two copies: an import records millions of tokens, and QByteArray::append's checks
    // cost more than the copies of a few bytes.
    const qsizetype at = tokens->size();
    tokens->resize(at + qsizetype(sizeof header) + size);
    char *out = tokens->data() + at;
    std::memcpy(out, header, sizeof header);
    std::memcpy(out + sizeof header, token, static_cast<size_t>(size));
    return SQLITE_OK;
}

int replayTokens(void *context, const QByteArray &tokens, TokenCallback callback)
{
    const char *at = tokens.constData();
    const char *end = at + tokens.size();
    while (at + sizeof(int[4]) <= end) {
        int header[4];
        std::memcpy(header, at, sizeof header);
        at += sizeof header;
        if (header[3] < 0 || at + header[3] > end)
            return SQLITE_ERROR; // never: the tokens were written just so
        const int rc = callback(context, header[0], at, header[3], header[1], header[2]);
        if (rc != SQLITE_OK)
            return rc;
        at += header[3];
    }
    return SQLITE_OK;
}

enum class Mode
{
    Document,
    Query,
    Prefix
};

// One tokenizer instance (FTS5 makes one per table and connection): a Voikko handle, never shared between
// threads; the analysed words are in the shared cache.
class Tokenizer
{
public:
    int tokenize(void *context, int flags, const char *text, int length, TokenCallback callback);

private:
    int emitWord(void *context, Mode mode, const QString &word, bool hasMarks, bool folded, int start,
                 int end, TokenCallback callback);

    Analyzer m_analyzer;
};

int emitTokens(void *context, const char *tokens, int count, int start, int end, TokenCallback callback)
{
    const char *token = tokens;
    for (int i = 0; i < count; ++i) {
        const int size = static_cast<int>(qstrlen(token));
        const int rc = callback(context, i == 0 ? 0 : FTS5_TOKEN_COLOCATED, token, size, start, end);
        if (rc != SQLITE_OK)
            return rc;
        token += size + 1;
    }
    return SQLITE_OK;
}

int Tokenizer::tokenize(void *context, int flags, const char *text, int length, TokenCallback callback)
{
    if (!text || length <= 0)
        return SQLITE_OK;
    const Mode mode = !(flags & FTS5_TOKENIZE_QUERY)   ? Mode::Document
                      : (flags & FTS5_TOKENIZE_PREFIX) ? Mode::Prefix
                                                       : Mode::Query;
    if (mode == Mode::Document) {
        if (const std::optional<QByteArray> ready = readyDocuments().take(text, length))
            return replayTokens(context, *ready, callback);
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    // The word being read, in UTF-16, and the byte offset it starts at; reused for every word.
    QString word;
    word.reserve(64);
    int wordStart = -1;
    bool hasMarks = false;
    bool folded = false;      // the word follows kFoldedMark (in a query)
    char32_t previous = U' '; // the character before the current one
    int pos = 0;
    while (pos < length) {
        char32_t c = 0;
        const int size = decodeUtf8(bytes, pos, length, &c);
        if (wordStart >= 0 && core::FinnishText::isInvisibleInWord(c)) {
            pos += size;
            continue;
        }
        if (isWordCodePoint(c)) {
            if (wordStart < 0) {
                wordStart = pos;
                folded = mode != Mode::Document && previous == FinnishTokenizer::kFoldedMark;
            }
            hasMarks = hasMarks || (c >= 0x80 && isMark(static_cast<UChar32>(c)));
            if (c < 0x10000) {
                word.append(QChar(static_cast<char16_t>(c)));
            } else {
                word.append(QChar(QChar::highSurrogate(c)));
                word.append(QChar(QChar::lowSurrogate(c)));
            }
        } else {
            if (wordStart >= 0) {
                const int rc = emitWord(context, mode, word, hasMarks, folded, wordStart, pos, callback);
                if (rc != SQLITE_OK)
                    return rc;
                wordStart = -1;
                hasMarks = false;
                word.resize(0); // keeps the capacity
            }
            if (c == FinnishTokenizer::kUnitSeparator) {
                const char separator = static_cast<char>(FinnishTokenizer::kUnitSeparator);
                const int rc = callback(context, 0, &separator, 1, pos, pos + size);
                if (rc != SQLITE_OK)
                    return rc;
            }
        }
        previous = c;
        pos += size;
    }
    if (wordStart >= 0)
        return emitWord(context, mode, word, hasMarks, folded, wordStart, length, callback);
    return SQLITE_OK;
}

int Tokenizer::emitWord(void *context, Mode mode, const QString &word, bool hasMarks, bool folded, int start,
                        int end, TokenCallback callback)
{
    if (word.size() > FinnishTokenizer::kMaxAnalysedLength) {
        const QByteArray token = foldCase(word).toUtf8();
        return callback(context, 0, token.constData(), clampToInt(token.size()), start, end);
    }
    // Decomposed text ("a" + U+0308) would neither match "ä" nor be known to Voikko.
    const QString key = hasMarks ? core::FinnishText::nfc(word) : word;
    if (folded) {
        if (mode == Mode::Prefix) {
            const QString exact = foldCase(key);
            const QString plain = FinnishTokenizer::fold(exact);
            QStringList tokens{withFoldedMark(plain)};
            if (plain != exact)
                tokens.append(plain);
            const QByteArray bytes = joined(tokens);
            return emitTokens(context, bytes.constData(), static_cast<int>(tokens.size()), start, end,
                              callback);
        }
        const QByteArray bytes = m_analyzer.foldedQuery(key);
        return emitTokens(context, bytes.constData(), static_cast<int>(bytes.count('\0')), start, end,
                          callback);
    }
    // A copy (it shares the bytes), so that nothing the callback does can invalidate it.
    const Alternatives alternatives = m_analyzer.alternatives(key);
    const int count = mode == Mode::Document ? alternatives.documentCount
                      : mode == Mode::Query  ? alternatives.queryCount
                                             : 1;
    return emitTokens(context, alternatives.tokens.constData(), count, start, end, callback);
}

// The FTS5 callbacks: nothing may propagate into SQLite's C code.

int createTokenizer(void *, const char **, int, Fts5Tokenizer **tokenizer)
{
    try {
        *tokenizer = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
        return SQLITE_OK;
    } catch (...) {
        return SQLITE_NOMEM;
    }
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int length,
             TokenCallback callback)
{
    try {
        return reinterpret_cast<Tokenizer *>(tokenizer)->tokenize(context, flags, text, length, callback);
    } catch (...) {
        return SQLITE_NOMEM;
    }
}

void foldFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    if (!text) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (std::all_of(text, text + bytes, [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        sqlite3_result_text(context, text, bytes, kTransient);
        return;
    }
    try {
        const QByteArray folded = FinnishTokenizer::fold(QString::fromUtf8(text, bytes)).toUtf8();
        sqlite3_result_text64(context, folded.constData(), static_cast<sqlite3_uint64>(folded.size()),
                              kTransient, SQLITE_UTF8);
    } catch (...) {
        sqlite3_result_error_nomem(context);
    }
}

// An error about the connection, for the caller to name its file.
core::Error connectionError(const QString &message)
{
    return core::Error{QString(), 0, message};
}

core::Result<fts5_api *> fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return connectionError(
            QStringLiteral("FTS5 is not available: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api)
        return connectionError(QStringLiteral("FTS5 is not available"));
    return api;
}

} // namespace

core::Result<void> FinnishTokenizer::registerOn(sqlite3 *db)
{
    if (!db)
        return connectionError(QStringLiteral("no database connection"));
    auto found = fts5Api(db);
    SALKKU_TRY(found);
    fts5_api *api = found.value();
    fts5_tokenizer tokenizer{&createTokenizer, &deleteTokenizer, &tokenize}; // FTS5 copies it
    if (api->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return connectionError(
            QStringLiteral("cannot register the tokenizer %1: %2")
                .arg(QLatin1StringView(kTokenizerName), QString::fromUtf8(sqlite3_errmsg(db))));
    if (!SearchRanking::registerOn(api))
        return connectionError(QStringLiteral("cannot register the search's ranking functions: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    // INNOCUOUS: usable in views and triggers with PRAGMA trusted_schema=OFF.
    if (sqlite3_create_function_v2(db, "salkku_fold", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   &foldFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return connectionError(
            QStringLiteral("cannot register salkku_fold(): %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

QString FinnishTokenizer::fold(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status) || !nfd)
        return text;
    QString result = text;
    QChar *out = nullptr; // detached only when something changes
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0xC0) // no canonical decomposition below U+00C0
            continue;
        const char16_t base = baseLetter(*nfd, c);
        if (base == c)
            continue;
        if (!out)
            out = result.data();
        out[i] = QChar(base);
    }
    return result;
}

namespace {

// Whether a Finnish dictionary is installed: a listing, much cheaper than loading it (opening a portfolio
// asks).
bool finnishDictionaryInstalled()
{
    static const bool installed = [] {
        const VoikkoLibrary &voikko = VoikkoLibrary::instance();
        if (!voikko.loaded())
            return false;
        voikko_dict **dicts = voikko.listDictionaries(nullptr);
        bool found = false;
        for (voikko_dict **dict = dicts; dict && *dict; ++dict)
            found = found || qstrcmp(voikko.dictionaryLanguage(*dict), "fi") == 0;
        if (dicts)
            voikko.freeDictionaries(dicts);
        return found;
    }();
    return installed;
}

} // namespace

QString FinnishTokenizer::fingerprint()
{
    // Bump the revision whenever the tokens emitted for a text change.
    constexpr int kRevision = 4;
    return QStringLiteral("salkku_fi/%1 voikko/%2 finnish/%3")
        .arg(kRevision)
        .arg(VoikkoLibrary::instance().loaded() ? QString::fromLatin1(VoikkoLibrary::instance().version())
                                                : QStringLiteral("none"))
        .arg(finnishDictionaryInstalled() ? QStringLiteral("yes") : QStringLiteral("no"));
}

bool FinnishTokenizer::morphologyAvailable()
{
    static const bool available = [] {
        const VoikkoLibrary &library = VoikkoLibrary::instance();
        if (!library.loaded())
            return false;
        const char *error = nullptr;
        VoikkoHandle *voikko = library.init(&error, "fi", nullptr);
        if (!voikko)
            return false;
        library.terminate(voikko);
        return true;
    }();
    return available;
}

struct FinnishTokenizer::Analyser::Private
{
    Tokenizer tokenizer;
};

FinnishTokenizer::Analyser::Analyser() : d(std::make_unique<Private>()) {}

FinnishTokenizer::Analyser::~Analyser() = default;

namespace {

struct Collected
{
    QList<FinnishTokenizer::Token> tokens;
    QList<qsizetype> utf16At; // for each UTF-8 byte offset (and the end), the UTF-16 offset
};

// UTF-16 offsets of the UTF-8 bytes of text: the tokenizer speaks in bytes, Qt in UTF-16 units.
QList<qsizetype> utf16Offsets(const QByteArray &utf8)
{
    QList<qsizetype> offsets(utf8.size() + 1, 0);
    qsizetype units = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        offsets[i] = units;
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if ((byte & 0xC0) != 0x80)                  // a character starts here
            units += (byte & 0xF8) == 0xF0 ? 2 : 1; // four bytes: a surrogate pair
    }
    offsets[utf8.size()] = units;
    return offsets;
}

} // namespace

QList<FinnishTokenizer::Token> FinnishTokenizer::Analyser::analyse(const QString &text, bool queryMode)
{
    Collected collected;
    const QByteArray utf8 = text.toUtf8();
    collected.utf16At = utf16Offsets(utf8);
    const auto collect = [](void *context, int flags, const char *token, int size, int start, int end) {
        auto *into = static_cast<Collected *>(context);
        const QString string = QString::fromUtf8(token, size);
        if ((flags & FTS5_TOKEN_COLOCATED) && !into->tokens.isEmpty())
            into->tokens.last().alternatives.append(string);
        else
            into->tokens.append(Token{.text = string,
                                      .alternatives = {},
                                      .start = into->utf16At.value(start),
                                      .end = into->utf16At.value(end)});
        return SQLITE_OK;
    };
    d->tokenizer.tokenize(&collected, queryMode ? FTS5_TOKENIZE_QUERY : FTS5_TOKENIZE_DOCUMENT,
                          utf8.constData(), clampToInt(utf8.size()), collect);
    return collected.tokens;
}

QList<FinnishTokenizer::Token> FinnishTokenizer::analyse(const QString &text, bool queryMode)
{
    Analyser analyser;
    return analyser.analyse(text, queryMode);
}

} // namespace salkku::storage

namespace salkku::storage {

QList<FinnishTokenizer::Span> FinnishTokenizer::positions(QStringView text)
{
    // As Tokenizer::tokenize reads the same text in UTF-8.
    QList<Span> spans;
    qsizetype wordStart = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t c = text[i].unicode();
        qsizetype size = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            size = 2;
        } else if (QChar::isSurrogate(c)) {
            c = kInvalid;
        }
        if (wordStart >= 0 && core::FinnishText::isInvisibleInWord(c)) {
            i += size;
            continue;
        }
        if (isWordCodePoint(c)) {
            if (wordStart < 0)
                wordStart = i;
        } else {
            if (wordStart >= 0) {
                spans.append(Span{wordStart, i});
                wordStart = -1;
            }
            if (c == kUnitSeparator)
                spans.append(Span{i, i + size});
        }
        i += size;
    }
    if (wordStart >= 0)
        spans.append(Span{wordStart, text.size()});
    return spans;
}

void FinnishTokenizer::prepareDocuments(const QStringList &texts)
{
    thread_local Tokenizer tokenizer; // a Voikko handle for this thread
    for (const QString &text : texts) {
        if (text.isEmpty())
            continue; // never given to the tokenizer
        const QByteArray utf8 = text.toUtf8();
        QByteArray tokens;
        tokens.reserve(utf8.size() * 3);
        if (tokenizer.tokenize(&tokens, 0, utf8.constData(), clampToInt(utf8.size()), &recordToken) !=
            SQLITE_OK)
            continue;
        tokens.squeeze();
        readyDocuments().add(utf8, tokens);
    }
}

int FinnishTokenizer::documentsReady()
{
    return readyDocuments().size();
}

void FinnishTokenizer::discardDocuments()
{
    readyDocuments().clear();
}

} // namespace salkku::storage
