#pragma once

#include "core/PageRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace salkku::core {

// What one comparison column shows: a whole project, or one of its sub-areas.
struct ItemRef
{
    qint64 pageId = 0;
    int subArea = 0; // 0: the whole project

    // "12" for a project, "12#2" for its sub-area 2.
    QString toString() const;
    // The same forms back; nullopt for anything else.
    static std::optional<ItemRef> parse(const QString &text);
    friend bool operator==(const ItemRef &, const ItemRef &) = default;
};

// The rows of a comparison, in the order they are shown.
enum class Aspect
{
    Project,       // project and region
    SubArea,       // the sub-area's number and title (for a whole project: its sub-areas)
    Goal,          // the sub-area's goal (a whole project: its purpose)
    Outputs,       // one item per output
    Results,       // key results, from the evaluation text
    Benefits,      // achieved benefits
    Impacts,       // impacts
    Timeline,      // years
    People,        // the people named for it
    CommonOutputs, // outputs that appear in more than one column
};

QList<Aspect> comparedAspects();    // every Aspect, in row order
QString aspectKey(Aspect aspect);   // "project", "sub-area", "goal", … (CSV headers, tests)
QString aspectLabel(Aspect aspect); // for a person, translated ("salkku::core")

// One column: what a page says about a project or one of its sub-areas, gathered for comparison.
struct ComparedItem
{
    ItemRef ref;
    QString project;
    QString region;
    QString title;       // "2. Johtamisen ja ohjauksen kehittäminen"; a project: its sub-areas, one per line
    QString goal;        // a project: its purpose (or summary)
    QStringList outputs; // a project: every sub-area's outputs
    QString results;
    QString benefits;
    QString impacts;
    QString timeline;   // "2020–2021", or the page's own words when it gives no years
    QStringList people; // "Name (role)": those named for the sub-area, else everyone; the contact last

    // nullopt when the page has no sub-area `subArea` (subArea 0: the whole project always exists).
    static std::optional<ComparedItem> fromPage(const PageRecord &page, qint64 pageId, int subArea);
    // The column's heading: "Helsinki · 2. Johtamisen ja ohjauksen kehittäminen", or the project and region.
    QString heading() const;
    friend bool operator==(const ComparedItem &, const ComparedItem &) = default;
};

// An output that appears (in the same or nearly the same words) in more than one column.
struct CommonOutput
{
    struct Occurrence
    {
        int item = 0;   // column
        int output = 0; // index into that item's outputs
        friend bool operator==(const Occurrence &, const Occurrence &) = default;
    };
    QString text;                  // the wording of its first occurrence
    QList<Occurrence> occurrences; // two or more, in at least two different columns
    friend bool operator==(const CommonOutput &, const CommonOutput &) = default;
};

// 2–6 items side by side, with the outputs they share. A value type: the window, the PDF and the CSV export
// all show the same Comparison.
class Comparison
{
public:
    static constexpr int kMaxItems = 6;

    Comparison() = default;
    explicit Comparison(QList<ComparedItem> items); // keeps the first kMaxItems

    const QList<ComparedItem> &items() const { return m_items; }
    int size() const { return static_cast<int>(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    bool isFull() const { return size() >= kMaxItems; }

    bool append(ComparedItem item); // false when full or already there
    void remove(int index);
    void move(int from, int to);

    const QList<CommonOutput> &commonOutputs() const { return m_common; }
    bool isCommon(int item, int output) const;

    // A cell as plain text: outputs one per line, "• " before each (common ones "★ ").
    QString text(Aspect aspect, int item) const;

private:
    void findCommonOutputs();

    QList<ComparedItem> m_items;
    QList<CommonOutput> m_common;
};

} // namespace salkku::core
