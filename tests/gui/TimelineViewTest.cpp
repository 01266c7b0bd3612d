#include "gui/TimelineView.h"

#include "../storage/StorageTestSupport.h"
#include "GuiTestSupport.h"
#include "export/Translations.h"
#include "models/TimelineModel.h"
#include "storage/ImportRunner.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using gui::TimelineView;
using models::TimelineModel;

namespace {

class Timeline : public ::testing::Test
{
protected:
    void SetUp() override
    {
        application();
        m_store = m_portfolio.open();
        ASSERT_TRUE(m_store);
        ASSERT_FALSE(storage::ImportRunner::run(*m_store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
        m_model.setStore(m_store.get());
        m_view = std::make_unique<TimelineView>();
        m_view->setModel(&m_model);
        m_view->resize(900, 520);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void TearDown() override { m_view.reset(); }

    qint64 idOf(const QString &namePrefix) const
    {
        for (int group = 0; group < m_model.rowCount(); ++group) {
            const QModelIndex parent = m_model.index(group, 0);
            for (int row = 0; row < m_model.rowCount(parent); ++row) {
                const QModelIndex project = m_model.index(row, 0, parent);
                if (project.data().toString().startsWith(namePrefix))
                    return project.data(TimelineModel::PageIdRole).toLongLong();
            }
        }
        ADD_FAILURE() << "no project " << namePrefix.toStdString();
        return 0;
    }

    // In view, and not under the group header that stays at the top.
    bool fullyShown(const QRect &rect) const
    {
        return m_view->viewport()->rect().contains(rect) && rect.top() >= m_view->rowHeight();
    }

    TemporaryPortfolio m_portfolio;
    std::unique_ptr<storage::PortfolioStore> m_store;
    TimelineModel m_model;
    std::unique_ptr<TimelineView> m_view;
};

} // namespace

TEST_F(Timeline, ClickingABarActivatesItsProject)
{
    const qint64 id = idOf(QStringLiteral("Etelä-Karjalan"));
    const QRect bar = m_view->visualRect(id);
    ASSERT_FALSE(bar.isEmpty());
    ASSERT_TRUE(m_view->viewport()->rect().contains(bar));
    EXPECT_EQ(m_view->projectAt(bar.center()), id);
    EXPECT_TRUE(m_view->rowRect(id).contains(bar));

    QSignalSpy activated(m_view.get(), &TimelineView::projectActivated);
    QSignalSpy current(m_view.get(), &TimelineView::currentProjectChanged);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, bar.center());
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.front().front().toLongLong(), id);
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(current.front().front().toLongLong(), id);
    EXPECT_EQ(m_view->currentProject(), id);
}

TEST_F(Timeline, BarsSpanTheirYearsAndClickingTheNameWorksToo)
{
    // Etelä-Karjala 2021–2022, Helsinki 2020–2022: the same end, Helsinki one year earlier and one year
    // longer.
    const QRect etelaKarjala = m_view->visualRect(idOf(QStringLiteral("Etelä-Karjalan")));
    const qint64 helsinki = idOf(QStringLiteral("Helsingin"));
    const QRect helsinkiBar = m_view->visualRect(helsinki);
    EXPECT_EQ(etelaKarjala.right(), helsinkiBar.right());
    const int yearWidth = etelaKarjala.left() - helsinkiBar.left();
    EXPECT_GT(yearWidth, 0);
    EXPECT_NEAR(helsinkiBar.width(), 3 * yearWidth - 4, 1);
    EXPECT_GT(helsinkiBar.top(), etelaKarjala.bottom());

    QSignalSpy activated(m_view.get(), &TimelineView::projectActivated);
    const QRect row = m_view->rowRect(helsinki);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(row.left() + 30, row.center().y()));
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.front().front().toLongLong(), helsinki);

    // A group's header is no project.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(row.left() + 30, row.top() - 5));
    EXPECT_EQ(activated.size(), 1);
    EXPECT_EQ(m_view->currentProject(), helsinki);
}

TEST_F(Timeline, TheKeyboardMovesAndActivates)
{
    m_view->setFocus();
    QSignalSpy current(m_view.get(), &TimelineView::currentProjectChanged);
    QSignalSpy activated(m_view.get(), &TimelineView::projectActivated);
    QTest::keyClick(m_view.get(), Qt::Key_Down); // nothing current: the first project in view
    EXPECT_EQ(m_view->currentProject(), idOf(QStringLiteral("Etelä-Karjalan")));
    QTest::keyClick(m_view.get(), Qt::Key_Down); // over the next group's header
    EXPECT_EQ(m_view->currentProject(), idOf(QStringLiteral("Helsingin")));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    EXPECT_EQ(m_view->currentProject(), idOf(QStringLiteral("Etelä-Karjalan")));
    QTest::keyClick(m_view.get(), Qt::Key_Up); // stays at the first
    EXPECT_EQ(m_view->currentProject(), idOf(QStringLiteral("Etelä-Karjalan")));
    EXPECT_EQ(current.size(), 3);
    EXPECT_TRUE(activated.isEmpty());

    QTest::keyClick(m_view.get(), Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.front().front().toLongLong(), idOf(QStringLiteral("Etelä-Karjalan")));

    // End: the last project, the practice without years, scrolled into view.
    QTest::keyClick(m_view.get(), Qt::Key_End);
    const qint64 practice = idOf(QStringLiteral("Liikkuva"));
    EXPECT_EQ(m_view->currentProject(), practice);
    EXPECT_GT(m_view->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(fullyShown(m_view->rowRect(practice)));
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    EXPECT_EQ(m_view->currentProject(), idOf(QStringLiteral("Etelä-Karjalan")));
    EXPECT_EQ(m_view->verticalScrollBar()->value(), 0);
}

TEST_F(Timeline, SelectProjectHighlightsAndScrollsWithoutSignals)
{
    m_view->resize(700, 240);
    QSignalSpy current(m_view.get(), &TimelineView::currentProjectChanged);
    QSignalSpy activated(m_view.get(), &TimelineView::projectActivated);
    const qint64 varsinaisSuomi = idOf(QStringLiteral("Varsinais-Suomen"));
    EXPECT_FALSE(m_view->viewport()->rect().intersects(m_view->rowRect(varsinaisSuomi)));
    EXPECT_TRUE(m_view->selectProject(varsinaisSuomi));
    EXPECT_EQ(m_view->currentProject(), varsinaisSuomi);
    EXPECT_TRUE(fullyShown(m_view->rowRect(varsinaisSuomi)));
    EXPECT_EQ(m_view->projectAt(m_view->visualRect(varsinaisSuomi).center()), varsinaisSuomi);

    const qint64 etelaKarjala = idOf(QStringLiteral("Etelä-Karjalan"));
    EXPECT_TRUE(m_view->selectProject(etelaKarjala));
    EXPECT_TRUE(fullyShown(m_view->rowRect(etelaKarjala)));
    EXPECT_TRUE(current.isEmpty());
    EXPECT_TRUE(activated.isEmpty());

    EXPECT_FALSE(m_view->selectProject(varsinaisSuomi + 1000));
    EXPECT_EQ(m_view->currentProject(), 0);
}

TEST_F(Timeline, ASelectionBeforeTheFirstShowIsScrolledToWhenShown)
{
    TimelineView view;
    view.setModel(&m_model);
    const qint64 varsinaisSuomi = idOf(QStringLiteral("Varsinais-Suomen"));
    EXPECT_TRUE(view.selectProject(varsinaisSuomi));
    view.resize(700, 240);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_TRUE(view.viewport()->rect().contains(view.rowRect(varsinaisSuomi)));
}

TEST_F(Timeline, ProjectsWithoutYearsAreListedWithoutABar)
{
    const qint64 practice = idOf(QStringLiteral("Liikkuva"));
    ASSERT_TRUE(m_view->selectProject(practice));
    const QRect text = m_view->visualRect(practice);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(m_view->rowRect(practice).contains(text));
    EXPECT_EQ(m_view->projectAt(text.center()), practice);
    // It sits where the bars begin, as wide as its words.
    const QRect bar = m_view->visualRect(idOf(QStringLiteral("Keski-Suomen"))); // starts in the first year
    EXPECT_NEAR(text.left(), bar.left(), m_view->rowHeight());

    QSignalSpy activated(m_view.get(), &TimelineView::projectActivated);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, text.center());
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.front().front().toLongLong(), practice);
}

TEST_F(Timeline, FollowsTheModel)
{
    const qint64 helsinki = idOf(QStringLiteral("Helsingin"));
    const qint64 satakunta = idOf(QStringLiteral("Satakunnan"));
    const QPoint firstRow = m_view->visualRect(idOf(QStringLiteral("Etelä-Karjalan"))).center();
    ASSERT_TRUE(m_view->selectProject(satakunta));

    storage::BrowseFilter filter;
    filter.region = QStringLiteral("Helsinki");
    m_model.setFilter(filter);
    EXPECT_EQ(m_view->projectAt(firstRow), helsinki); // the rows are laid out again
    EXPECT_EQ(m_view->currentProject(), 0);           // no longer shown
    EXPECT_TRUE(m_view->visualRect(satakunta).isEmpty());

    ASSERT_TRUE(m_view->selectProject(helsinki));
    m_model.setFilter({});
    EXPECT_EQ(m_view->currentProject(), helsinki); // still shown: still current
    EXPECT_FALSE(m_view->visualRect(satakunta).isEmpty());

    m_view->setModel(nullptr);
    EXPECT_EQ(m_view->projectAt(firstRow), 0);
    EXPECT_TRUE(m_view->visualRect(helsinki).isEmpty());
}

TEST_F(Timeline, ShowsTheWholeNameWithRegionAndYearsInATooltip)
{
    const qint64 id = idOf(QStringLiteral("Satakunnan"));
    ASSERT_TRUE(m_view->selectProject(id));
    const QPoint at = m_view->visualRect(id).center();
    QHelpEvent help(QEvent::ToolTip, at, m_view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_view->viewport(), &help);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Satakunnan sote-valmistelu")))
        << QToolTip::text().toStdString();
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Satakunta · 2020–2021")))
        << QToolTip::text().toStdString();
    QToolTip::hideText();
}

TEST_F(Timeline, IsAccessibleAndEmptyWhenNothingMatches)
{
    EXPECT_FALSE(m_view->accessibleName().isEmpty());
    storage::BrowseFilter nothing;
    nothing.text = QStringLiteral("xyzzyplugh");
    m_model.setFilter(nothing);
    EXPECT_EQ(m_view->projectAt(QPoint(10, 10)), 0);
    EXPECT_EQ(m_view->verticalScrollBar()->maximum(), 0);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    EXPECT_EQ(m_view->currentProject(), 0);
}

namespace {

// Counts what the view reads.
class CountingModel : public TimelineModel
{
public:
    QVariant data(const QModelIndex &index, int role) const override
    {
        ++reads;
        return TimelineModel::data(index, role);
    }
    mutable int reads = 0;
};

} // namespace

TEST(TimelineLarge, PaintsOnlyTheRowsInView)
{
    application();
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    ASSERT_TRUE(store);
    const int count = 600;
    for (int i = 0; i < count; ++i)
        ASSERT_TRUE(store
                        ->store(textRecord(projectPageText(QStringLiteral("Lapin hanke %1").arg(i))),
                                sourceFor(QString::number(i), QString::number(i)))
                        .ok());
    CountingModel model;
    model.setStore(store.get());
    ASSERT_EQ(model.shownProjectCount(), count);
    TimelineView view;
    view.setModel(&model);
    view.resize(800, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();

    // A few values for each of the 20-odd rows in view, wherever the view is scrolled.
    const int rowsInView = view.viewport()->height() / view.rowHeight() + 2;
    for (const int position :
         {0, view.verticalScrollBar()->maximum() / 2, view.verticalScrollBar()->maximum()}) {
        view.verticalScrollBar()->setValue(position);
        model.reads = 0;
        view.viewport()->repaint();
        EXPECT_GT(model.reads, 0);
        EXPECT_LE(model.reads, rowsInView * 4) << "at " << position;
    }
    // The last project is reachable and hit-tested like the first.
    const QModelIndex lappi = model.index(0, 0);
    const qint64 last = model.index(count - 1, 0, lappi).data(TimelineModel::PageIdRole).toLongLong();
    ASSERT_TRUE(view.selectProject(last));
    EXPECT_EQ(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    EXPECT_EQ(view.projectAt(view.visualRect(last).center()), last);
}

// Grabs the view once the queued layout work (scroll bars shown or hidden) is done.
bool save(TimelineView &view, const QString &path)
{
    QCoreApplication::processEvents();
    return view.grab().save(path);
}

TEST_F(Timeline, Screenshot)
{
    // In English and in Finnish, as the app shows it.
    QTranslator english;
    ASSERT_TRUE(english.load(exporting::Translations::file(QStringLiteral("en"))));
    QCoreApplication::installTranslator(&english);
    QDir().mkpath(QStringLiteral(SALKKU_SCREENSHOT_DIR));
    m_view->resize(1100, 700);
    m_view->setFocus();
    const qint64 satakunta = idOf(QStringLiteral("Satakunnan"));
    ASSERT_TRUE(m_view->selectProject(satakunta));
    EXPECT_TRUE(save(*m_view, QStringLiteral(SALKKU_SCREENSHOT_DIR "/timeline.png")));

    QTranslator finnish;
    ASSERT_TRUE(finnish.load(exporting::Translations::file(QStringLiteral("fi"))));
    QCoreApplication::installTranslator(&finnish); // the last installed is asked first
    EXPECT_TRUE(save(*m_view, QStringLiteral(SALKKU_SCREENSHOT_DIR "/timeline-fi.png")));
    EXPECT_EQ(m_view->accessibleName(), QStringLiteral("Aikajana")); // LanguageChange arrives as an event
    QCoreApplication::removeTranslator(&finnish);

    // A dark palette: every colour comes from it.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Button, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::ButtonText, QColor(0xdd, 0xdd, 0xdd));
    m_view->setPalette(dark);
    m_view->resize(800, 420);
    QCoreApplication::processEvents();
    ASSERT_TRUE(m_view->selectProject(satakunta));
    EXPECT_TRUE(save(*m_view, QStringLiteral(SALKKU_SCREENSHOT_DIR "/timeline-dark.png")));
    QCoreApplication::removeTranslator(&english);
}
