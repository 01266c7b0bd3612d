#include "ManualPage.h"

#include "CommandLine.h"

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

namespace {

// What a command line prints on standard output, run here.
QString printed(const QStringList &arguments)
{
    QString text;
    QString errors;
    QTextStream out(&text);
    QTextStream err(&errors);
    CommandLine::run(QStringList{QStringLiteral("salkku")} + arguments, out, err);
    out.flush();
    return text;
}

// Text as printed, kept line for line in an example block (monospace, no filling).
QString verbatim(const QString &text)
{
    QString roff = QStringLiteral(".EX\n");
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.removeLast();
    for (const QString &line : std::as_const(lines))
        roff += ManualPage::escaped(line) + u'\n';
    return roff + QStringLiteral(".EE\n");
}

QString paragraph(const QString &text)
{
    return QStringLiteral(".PP\n") + ManualPage::escaped(text) + u'\n';
}

// An entry of a list: a term in bold and its description.
QString entry(const QString &term, const QString &text)
{
    return QStringLiteral(".TP\n.B ") + ManualPage::escaped(term) + u'\n' + ManualPage::escaped(text) + u'\n';
}

} // namespace

QString ManualPage::escaped(const QString &line)
{
    QString roff;
    for (const char32_t c : line.toUcs4()) {
        if (c == U'\\')
            roff += QStringLiteral("\\e");
        else if (c == U'-')
            roff += QStringLiteral("\\-");
        else if (c < 0x80)
            roff += QChar(static_cast<char16_t>(c));
        else
            roff +=
                QStringLiteral("\\[u%1]").arg(QString::number(static_cast<uint>(c), 16).toUpper(), 4, u'0');
    }
    if (roff.startsWith(u'.') || roff.startsWith(u'\''))
        roff.prepend(QStringLiteral("\\&"));
    return roff;
}

QString ManualPage::text()
{
    const QString overview = printed({QStringLiteral("--help")});
    // The first line of the overview: "Salkku 0.2.0: a portfolio browser for … (Innokylä pages)."
    QString summary = overview.section(u'\n', 0, 0).section(QStringLiteral(": "), 1);
    if (summary.endsWith(u'.'))
        summary.chop(1);

    QString roff;
    roff += QStringLiteral(".TH SALKKU 1 \"\" \"salkku %1\" \"User Commands\"\n")
                .arg(QStringLiteral(SALKKU_VERSION));
    roff += QStringLiteral(".SH NAME\nsalkku \\- ") + escaped(summary) + u'\n';
    roff += QStringLiteral(".SH SYNOPSIS\n.B salkku\n.br\n.B salkku\n.I COMMAND\n.RI [ OPTIONS ]\n.br\n"
                           ".B salkku\n.I COMMAND\n.B \\-\\-help\n");
    roff += QStringLiteral(".SH DESCRIPTION\n");
    roff +=
        paragraph(QStringLiteral("Without a command, salkku opens the desktop window. On the first start it "
                                 "creates the user's portfolio and imports the bundled sample portfolio "
                                 "into it. With a command it runs without a display. This is what "
                                 "salkku --help prints:"));
    roff += verbatim(overview);
    roff += QStringLiteral(".SH COMMANDS\n");
    roff += paragraph(QStringLiteral("What salkku COMMAND --help prints for each command."));
    for (const QString &command : CommandLine::commands()) {
        roff += QStringLiteral(".SS salkku ") + escaped(command) + u'\n';
        roff += verbatim(printed({command, QStringLiteral("--help")}));
    }
    roff += QStringLiteral(".SH EXIT STATUS\n");
    roff += entry(QString::number(CommandLine::Success), QStringLiteral("Every file or item was done."));
    roff += entry(QString::number(CommandLine::Failure),
                  QStringLiteral("Some input failed; each failure is printed on standard error as "
                                 "FILE:LINE: message."));
    roff += entry(QString::number(CommandLine::Usage), QStringLiteral("The command line itself is wrong."));
    roff += QStringLiteral(".SH ENVIRONMENT\n");
    roff +=
        entry(QStringLiteral("SALKKU_DB"), QStringLiteral("The portfolio file the commands use when --db is "
                                                          "not given (the window too, on its first start)."));
    roff += entry(QStringLiteral("QT_QPA_PLATFORM"),
                  QStringLiteral("The Qt platform; export-pdf uses offscreen unless this names another."));
    roff += QStringLiteral(".SH FILES\n");
    roff += entry(QStringLiteral("~/.local/share/Salkku/Salkku/portfolio.sqlite"),
                  QStringLiteral("The user's portfolio (under $XDG_DATA_HOME when that is set)."));
    roff += entry(QStringLiteral("/usr/share/salkku/samples/"),
                  QStringLiteral("The sample portfolio, imported on the first start; share/salkku/samples "
                                 "beside the program's bin folder wherever it is installed."));
    roff += entry(QStringLiteral("/usr/share/salkku/translations/"),
                  QStringLiteral("Finnish and English translations (Qt .qm files)."));
    roff += QStringLiteral(".SH SEE ALSO\n");
    roff += paragraph(
        QStringLiteral("Innokylä, https://innokyla.fi, where the pages Salkku reads are published."));
    return roff;
}

} // namespace salkku::cli
