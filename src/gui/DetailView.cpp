#include "DetailView.h"

#include <QDesktopServices>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <utility>

namespace salkku::gui {

namespace {

// Builds the document with a cursor: every piece of page text goes in through insertText, as plain text.
class DocumentWriter
{
public:
    // Everything written is one edit: the view lays the document out once, at done(), not after every insert
    // (a group's table of 2 000 projects was laid out again for each of its cells: a minute).
    explicit DocumentWriter(QTextDocument *document) : m_cursor(document)
    {
        document->clear();
        m_body.setFontPointSize(0); // the widget's font
        m_cursor.beginEditBlock();
    }
    ~DocumentWriter() { done(); }
    DocumentWriter(const DocumentWriter &) = delete;
    DocumentWriter &operator=(const DocumentWriter &) = delete;

    void done()
    {
        if (std::exchange(m_writing, false))
            m_cursor.endEditBlock();
    }

    void title(const QString &text)
    {
        QTextCharFormat format;
        format.setFontPointSize(m_cursor.document()->defaultFont().pointSizeF() * 1.5);
        format.setFontWeight(QFont::Bold);
        block(text, format, 0, 6);
    }

    void heading(const QString &text, int level = 1)
    {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontPointSize(m_cursor.document()->defaultFont().pointSizeF() * (level == 1 ? 1.25 : 1.05));
        block(text, format, level == 1 ? 14 : 8, 4);
    }

    void paragraph(const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        for (const QString &part : text.split(QStringLiteral("\n\n")))
            block(part, QTextCharFormat(), 0, 6);
    }

    void field(const QString &label, const QString &value, const QString &href = QString())
    {
        if (value.trimmed().isEmpty())
            return;
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(2);
        newBlock(blockFormat);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        m_cursor.insertText(label + QStringLiteral(": "), bold);
        link(value, href);
    }

    void link(const QString &text, const QString &href)
    {
        QTextCharFormat format;
        if (!href.isEmpty() &&
            (DetailView::isSafeLink(QUrl(href)) || DetailView::pageOfLink(QUrl(href)) > 0 ||
             DetailView::isActionLink(QUrl(href)))) {
            format.setAnchor(true);
            format.setAnchorHref(href);
            format.setForeground(QColor(0x1a, 0x5f, 0xb4));
            format.setFontUnderline(true);
        }
        m_cursor.insertText(text, format);
        m_cursor.setCharFormat(QTextCharFormat());
    }

    // Items with links (an empty href: plain text).
    void linkList(const QList<std::pair<QString, QString>> &items)
    {
        if (items.isEmpty())
            return;
        QTextListFormat format;
        format.setStyle(QTextListFormat::ListDisc);
        newBlock(QTextBlockFormat());
        QTextList *list = m_cursor.createList(format);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                m_cursor.insertBlock();
            link(items[i].first, items[i].second);
        }
        list->format();
        m_cursor.insertBlock(QTextBlockFormat());
    }

    void list(const QStringList &items)
    {
        if (items.isEmpty())
            return;
        QTextListFormat format;
        format.setStyle(QTextListFormat::ListDisc);
        newBlock(QTextBlockFormat());
        QTextList *list = m_cursor.createList(format);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                m_cursor.insertBlock();
            m_cursor.insertText(items[i], QTextCharFormat());
        }
        list->format();
        m_cursor.insertBlock(QTextBlockFormat());
    }

    // A line of links ("Edit  Delete"), small.
    void actions(const QList<std::pair<QString, QString>> &links)
    {
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(8);
        newBlock(blockFormat);
        for (qsizetype i = 0; i < links.size(); ++i) {
            if (i > 0)
                m_cursor.insertText(QStringLiteral("   "), QTextCharFormat());
            link(links[i].first, links[i].second);
        }
    }

    // A line that must be seen: on a yellow ground.
    void flag(const QString &text)
    {
        QTextBlockFormat blockFormat;
        blockFormat.setTopMargin(4);
        blockFormat.setBottomMargin(2);
        blockFormat.setBackground(QColor(0xfc, 0xf3, 0xc0));
        newBlock(blockFormat);
        m_cursor.insertText(text, QTextCharFormat());
    }

    // A line in bold (a note's author and time).
    void strong(const QString &text, qreal top = 6)
    {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        block(text, bold, top, 2);
    }

    // A table; with column widths (percent), as wide as the page.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QStringList &firstLinks = {},
               const QList<qreal> &widths = {})
    {
        if (rows.isEmpty())
            return;
        newBlock(QTextBlockFormat());
        QTextTableFormat format;
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setHeaderRowCount(1);
        if (!widths.isEmpty()) {
            QList<QTextLength> constraints;
            for (const qreal width : widths)
                constraints.append(QTextLength(QTextLength::PercentageLength, width));
            format.setColumnWidthConstraints(constraints);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        }
        QTextTable *table =
            m_cursor.insertTable(static_cast<int>(rows.size()) + 1, static_cast<int>(headers.size()), format);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (int c = 0; c < headers.size(); ++c)
            table->cellAt(0, c).firstCursorPosition().insertText(headers[c], bold);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < headers.size() && c < rows[r].size(); ++c) {
                m_cursor = table->cellAt(r + 1, c).firstCursorPosition();
                if (c == 0 && r < firstLinks.size())
                    link(rows[r][c], firstLinks[r]);
                else
                    m_cursor.insertText(rows[r][c], QTextCharFormat());
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

private:
    void newBlock(const QTextBlockFormat &format)
    {
        if (m_first)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format);
        m_first = false;
    }

    void block(const QString &text, const QTextCharFormat &format, qreal top, qreal bottom)
    {
        QTextBlockFormat blockFormat;
        blockFormat.setTopMargin(top);
        blockFormat.setBottomMargin(bottom);
        newBlock(blockFormat);
        m_cursor.insertText(text, format);
    }

    QTextCursor m_cursor;
    QTextCharFormat m_body;
    bool m_first = true;
    bool m_writing = true;
};

QString roleName(core::OrganizationRole role)
{
    switch (role) {
    case core::OrganizationRole::Administrator:
        return DetailView::tr("administrator");
    case core::OrganizationRole::CoImplementer:
        return DetailView::tr("co-implementer");
    case core::OrganizationRole::Partner:
        return DetailView::tr("partner");
    }
    return {};
}

QString kindName(const core::PageRecord &r)
{
    QString kind;
    switch (r.kind) {
    case core::PageKind::Project:
        kind = DetailView::tr("Project (kokonaisuus)");
        break;
    case core::PageKind::Practice:
        kind = DetailView::tr("Practice (toimintamalli)");
        break;
    case core::PageKind::Article:
        kind = DetailView::tr("Article");
        break;
    }
    switch (r.part) {
    case core::PagePart::Main:
        return kind;
    case core::PagePart::DevelopmentPath:
        return kind + QStringLiteral(" · ") +
               DetailView::tr("its development path only (Kehittämisen polku)");
    case core::PagePart::PracticeList:
        return kind + QStringLiteral(" · ") + DetailView::tr("its list of practices only");
    }
    return kind;
}

QString pageLink(qint64 pageId)
{
    return pageId > 0 ? QStringLiteral("salkku-page:%1").arg(pageId) : QString();
}

void writeHeader(DocumentWriter &writer, const storage::StoredPage &page)
{
    const core::PageRecord &r = page.record;
    writer.title(core::displayName(r));
    writer.field(DetailView::tr("Kind"), kindName(r));
    if (!page.project.name.isEmpty())
        writer.field(DetailView::tr("Project"), page.project.name, pageLink(page.project.pageId));
    writer.field(DetailView::tr("Region"), r.region);
    QString timeline = core::yearsText(r.timeline.startYear, r.timeline.endYear);
    if (!r.timeline.text.isEmpty() && r.timeline.text != timeline)
        timeline =
            timeline.isEmpty() ? r.timeline.text : timeline + QStringLiteral(" (") + r.timeline.text + u')';
    writer.field(DetailView::tr("Timeline"), timeline);
    writer.field(DetailView::tr("Funder"), r.funder);
    writer.field(DetailView::tr("Author"), r.author);
    writer.field(DetailView::tr("Places"), r.places.join(QStringLiteral(", ")));
    if (!r.contact.name.isEmpty() || !r.contact.email.isEmpty()) {
        QStringList contact{r.contact.name, r.contact.organization};
        contact.removeAll(QString());
        writer.field(DetailView::tr("Contact"), contact.join(QStringLiteral(", ")));
        if (!r.contact.email.isEmpty())
            writer.field(DetailView::tr("E-mail"), r.contact.email,
                         QStringLiteral("mailto:") + r.contact.email);
    }
}

void writeSubArea(DocumentWriter &writer, const core::SubArea &subArea)
{
    writer.heading(subArea.title.isEmpty()
                       ? DetailView::tr("Sub-area %1").arg(subArea.number)
                       : DetailView::tr("Sub-area %1: %2").arg(subArea.number).arg(subArea.title));
    if (!subArea.goal.isEmpty()) {
        writer.heading(DetailView::tr("Goal"), 2);
        writer.paragraph(subArea.goal);
    }
    if (!subArea.outputs.isEmpty()) {
        writer.heading(DetailView::tr("Outputs (%1)").arg(subArea.outputs.size()), 2);
        writer.list(subArea.outputs);
    }
    if (!subArea.results.isEmpty()) {
        writer.heading(DetailView::tr("Results"), 2);
        writer.paragraph(subArea.results);
    }
    if (!subArea.benefits.isEmpty()) {
        writer.heading(DetailView::tr("Achieved benefits"), 2);
        writer.paragraph(subArea.benefits);
    }
    if (!subArea.impacts.isEmpty()) {
        writer.heading(DetailView::tr("Impacts"), 2);
        writer.paragraph(subArea.impacts);
    }
}

// A project's practices: the imported ones open in the browser, the ones only named are text.
void writePractices(DocumentWriter &writer, const storage::StoredPage &page)
{
    if (page.practices.isEmpty())
        return;
    writer.heading(DetailView::tr("Practices (%1)").arg(page.practices.size()));
    QList<std::pair<QString, QString>> items;
    for (const storage::PageLink &practice : page.practices)
        items.append(
            {practice.pageId > 0 ? practice.name : DetailView::tr("%1 (not imported)").arg(practice.name),
             pageLink(practice.pageId)});
    writer.linkList(items);
}

void writeSections(DocumentWriter &writer, const QList<core::Section> &sections, int level)
{
    for (const core::Section &section : sections) {
        writer.heading(section.heading.isEmpty() ? DetailView::tr("Text") : section.heading, level);
        writer.paragraph(section.text);
    }
}

// A main page's other parts, imported from files of their own: a practice's Kehittämisen polku tab.
void writeParts(DocumentWriter &writer, const storage::StoredPage &page)
{
    for (const storage::StoredPart &part : page.parts) {
        if (part.record.part == core::PagePart::DevelopmentPath)
            writer.heading(DetailView::tr("Development path (Kehittämisen polku)"));
        else
            writer.heading(DetailView::tr("List of practices"));
        if (!part.record.summary.isEmpty() && part.record.summary != page.record.summary)
            writer.paragraph(part.record.summary);
        writeSections(writer, part.record.sections, 2);
    }
}

void writeCutOff(DocumentWriter &writer, const core::PageRecord &r)
{
    if (!r.truncated)
        return;
    for (const core::Warning &warning : r.warnings)
        if (warning.message.contains(QStringLiteral("cut off")))
            writer.field(
                DetailView::tr("Note"),
                DetailView::tr("the saved page seems to be cut off after line %1; what was there up to it "
                               "is shown")
                    .arg(warning.line));
}

void writeSource(DocumentWriter &writer, const storage::StoredPage &page)
{
    writer.heading(DetailView::tr("Source"));
    writer.field(DetailView::tr("File"), page.source.path);
    writer.field(DetailView::tr("Imported"),
                 QLocale().toString(page.source.importedAt.toLocalTime(), QLocale::ShortFormat));
    if (page.record.modified)
        writer.field(DetailView::tr("Last modified on Innokylä"),
                     QLocale().toString(*page.record.modified, QLocale::ShortFormat));
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString followUpText(const core::FollowUp &followUp)
{
    QStringList parts;
    if (followUp.status != core::FollowUpStatus::None)
        parts.append(core::followUpStatusLabel(followUp.status));
    if (followUp.due)
        parts.append(
            DetailView::tr("follow-up date %1").arg(QLocale().toString(*followUp.due, QLocale::ShortFormat)));
    return parts.join(QStringLiteral(", "));
}

// A sub-area annotated under another title: flagged until the coordinator has seen it.
void writeChangedSubArea(DocumentWriter &writer, int number, const QString &oldTitle, bool editable)
{
    writer.flag(DetailView::tr("⚠ Sub-area %1 has a new title since you annotated it; it was: “%2”")
                    .arg(number)
                    .arg(oldTitle));
    if (editable)
        writer.actions({{DetailView::tr("OK, seen"), QStringLiteral("salkku-seen:%1").arg(number)}});
}

void writeNote(DocumentWriter &writer, const core::Note &note, bool namePlace, bool editable)
{
    QStringList line;
    if (namePlace && note.subArea > 0)
        line.append(DetailView::tr("Sub-area %1").arg(note.subArea));
    line.append(note.author.isEmpty() ? DetailView::tr("(no author)") : note.author);
    line.append(localTime(note.created));
    if (note.modified.isValid() && note.modified != note.created)
        line.append(DetailView::tr("edited %1").arg(localTime(note.modified)));
    writer.strong(line.join(QStringLiteral(" · ")));
    writer.paragraph(note.text);
    if (editable)
        writer.actions({{DetailView::tr("Edit"), QStringLiteral("salkku-note-edit:%1").arg(note.id)},
                        {DetailView::tr("Delete"), QStringLiteral("salkku-note-remove:%1").arg(note.id)}});
}

// The coordinator's own layer about the page (subArea 0) or one sub-area: first, as it is what they wrote.
void writeAnnotations(DocumentWriter &writer, const storage::PageAnnotations &a, int subArea, bool editable)
{
    const QStringList tags = subArea > 0 ? a.subAreaTags.value(subArea) : a.tags;
    writer.field(DetailView::tr("Tags"), tags.join(QStringLiteral(", ")));
    if (subArea == 0) {
        for (auto it = a.subAreaTags.cbegin(); it != a.subAreaTags.cend(); ++it)
            writer.field(DetailView::tr("Tags of sub-area %1").arg(it.key()),
                         it.value().join(QStringLiteral(", ")));
    }
    writer.field(DetailView::tr("Follow-up"), followUpText(a.followUp));
    QStringList collections;
    for (const storage::CollectionSummary &collection : a.collections)
        collections.append(collection.name);
    writer.field(DetailView::tr("Collections"), collections.join(QStringLiteral(", ")));
    for (auto it = a.changedSubAreas.cbegin(); it != a.changedSubAreas.cend(); ++it)
        if (subArea == 0 || it.key() == subArea)
            writeChangedSubArea(writer, it.key(), it.value(), editable);
    QList<core::Note> notes;
    for (const core::Note &note : a.notes)
        if (subArea == 0 || note.subArea == subArea)
            notes.append(note);
    if (notes.isEmpty())
        return;
    writer.heading(DetailView::tr("Notes (%1)").arg(notes.size()));
    for (const core::Note &note : notes)
        writeNote(writer, note, subArea == 0, editable);
}

} // namespace

DetailView::DetailView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    setAccessibleName(tr("Details"));
    connect(this, &QTextBrowser::anchorClicked, this, &DetailView::openLink);
}

bool DetailView::isSafeLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
}

QVariant DetailView::loadResource(int, const QUrl &)
{
    return {}; // nothing is ever loaded on behalf of page text
}

qint64 DetailView::pageOfLink(const QUrl &url)
{
    if (url.scheme() != u"salkku-page")
        return 0;
    bool ok = false;
    const qint64 id = url.path().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

bool DetailView::isActionLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    bool ok = false;
    url.path().toLongLong(&ok);
    return ok &&
           (scheme == u"salkku-note-edit" || scheme == u"salkku-note-remove" || scheme == u"salkku-seen");
}

void DetailView::openLink(const QUrl &url)
{
    if (isActionLink(url)) {
        const qint64 number = url.path().toLongLong();
        if (url.scheme() == u"salkku-note-edit")
            emit noteEditRequested(number);
        else if (url.scheme() == u"salkku-note-remove")
            emit noteRemoveRequested(number);
        else
            emit subAreaSeen(static_cast<int>(number));
        return;
    }
    if (const qint64 page = pageOfLink(url); page > 0) {
        emit pageRequested(page);
        return;
    }
    if (!isSafeLink(url))
        return;
    QDesktopServices::openUrl(url);
}

QRegularExpression DetailView::searchPattern(const QString &typed)
{
    QStringList alternatives;
    QString word;
    auto flush = [&] {
        if (word.size() >= 2) {
            QString pattern;
            for (const QChar c : word) {
                const QChar base = c.toLower();
                if (base == u'a' || base == u'ä' || base == u'å')
                    pattern += QStringLiteral("[aäå]");
                else if (base == u'o' || base == u'ö')
                    pattern += QStringLiteral("[oö]");
                else
                    pattern += QRegularExpression::escape(QString(c));
            }
            alternatives.append(pattern);
        }
        word.clear();
    };
    for (const QChar c : typed.left(500)) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    if (alternatives.isEmpty())
        return {};
    // Word starts: "strategia" marks "strategiaa"; inside compounds the tree's search finds more than this
    // marks.
    return QRegularExpression(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)[\\p{L}\\p{N}]*").arg(alternatives.join(u'|')),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

int DetailView::markSearch(const QString &typed)
{
    m_search = typed;
    QList<QTextEdit::ExtraSelection> marks;
    const QRegularExpression pattern = searchPattern(typed);
    if (pattern.isValid() && !pattern.pattern().isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xf9, 0xe2, 0x6b));
        QTextCursor cursor = document()->find(pattern, 0);
        while (!cursor.isNull() && marks.size() < 2000) {
            marks.append(QTextEdit::ExtraSelection{cursor, format});
            cursor = document()->find(pattern, cursor);
        }
    }
    setExtraSelections(marks);
    return static_cast<int>(marks.size());
}

void DetailView::showMessage(const QString &message)
{
    DocumentWriter writer(document());
    writer.paragraph(message);
}

void DetailView::showPage(const storage::StoredPage &page, const storage::PageAnnotations &annotations)
{
    const core::PageRecord &r = page.record;
    DocumentWriter writer(document());
    writeHeader(writer, page);
    writeAnnotations(writer, annotations, 0, m_editable);
    if (!r.summary.isEmpty()) {
        writer.heading(tr("Summary"));
        writer.paragraph(r.summary);
    }
    if (!r.purpose.isEmpty()) {
        writer.heading(tr("Purpose and goals"));
        writer.paragraph(r.purpose);
    }
    if (!r.actors.isEmpty()) {
        writer.heading(tr("People"));
        QList<QStringList> rows;
        for (const core::Person &person : r.actors)
            rows.append({person.name, person.role});
        writer.table({tr("Name"), tr("Role")}, rows);
    }
    if (!r.organizations.isEmpty()) {
        writer.heading(tr("Organisations"));
        QList<QStringList> rows;
        for (const core::Organization &organization : r.organizations)
            rows.append({organization.name, roleName(organization.role)});
        writer.table({tr("Organisation"), tr("Role")}, rows);
    }
    for (const core::SubArea &subArea : r.subAreas)
        writeSubArea(writer, subArea);
    writePractices(writer, page);
    if (!r.links.isEmpty()) {
        writer.heading(tr("Links"));
        for (const core::Link &link : r.links)
            writer.field(link.label.isEmpty() ? link.url : link.label,
                         link.url.isEmpty() ? tr("(no address)") : link.url, link.url);
    }
    if (!r.topics.isEmpty())
        writer.field(tr("Topics"), r.topics.join(QStringLiteral(", ")));
    if (!r.phenomena.isEmpty())
        writer.field(tr("Phenomena"), r.phenomena.join(QStringLiteral(", ")));
    writeSections(writer, r.sections, 1);
    writeParts(writer, page);
    writeCutOff(writer, r);
    writeSource(writer, page);
    writer.done();
    moveCursor(QTextCursor::Start);
    markSearch(m_search);
}

void DetailView::showSubArea(const storage::StoredPage &page, int number,
                             const storage::PageAnnotations &annotations)
{
    DocumentWriter writer(document());
    writeHeader(writer, page);
    writeAnnotations(writer, annotations, number, m_editable);
    for (const core::SubArea &subArea : page.record.subAreas)
        if (subArea.number == number)
            writeSubArea(writer, subArea);
    writeSource(writer, page);
    writer.done();
    moveCursor(QTextCursor::Start);
    markSearch(m_search);
}

} // namespace salkku::gui
