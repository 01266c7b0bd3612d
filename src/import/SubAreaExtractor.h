#pragma once

#include "LabelTable.h"
#include "PageLines.h"
#include "core/PageRecord.h"

#include <QList>
#include <QMap>

#include <optional>

namespace salkku::importer {

// A line that opens the part of a section about one sub-area.
struct SubAreaHeading
{
    enum class Kind
    {
        Plain,   // "Osa-alue 1: Title" / "Osa-alue 2" / "osa-alue 3:"
        Results, // "Osa-alue 1 keskeiset tulokset: …", "Yleinen arviointi osa-alue 1:"
        Outputs, // "Keskeiset tuotokset ja saavutetut tulokset, osa-alue 1:"
    };
    int number = 0;
    Kind kind = Kind::Plain;
    QString inlineText; // what follows the heading on its line
};

// Gathers sub-areas (osa-alue) from every section that speaks of them: goals from "Päämäärä ja päätavoite",
// outputs, results and achieved benefits from "Tuotokset ja tulokset", impacts from "Vaikutukset ja
// vaikuttavuus". Feed the sections in page order, then take the sub-areas.
class SubAreaExtractor
{
public:
    void addSection(SubAreaAspect aspect, const QList<Line> &lines);
    QList<core::SubArea> subAreas() const;

    // Whether a line (list marker already removed) is a sub-area heading. "Osa-alueen 4 kautta…" is not.
    static std::optional<SubAreaHeading> matchHeading(const QString &content);

private:
    enum class Mode
    {
        Goal,
        Results,
        Outputs,
        Benefits,
        Impacts,
        Closed, // the heading said all on its own line; paragraphs after it are not about this sub-area
    };

    class SectionReader;

    core::SubArea &area(int number);
    void appendParagraph(core::SubArea &area, Mode mode, const QString &text);

    QMap<int, core::SubArea> m_areas;
};

} // namespace salkku::importer
