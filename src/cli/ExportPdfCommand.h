#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku export-pdf` (see docs/cli.md). Needs a QGuiApplication (fonts); main.cpp makes one, on the
// offscreen platform when no other is asked for, so it runs without a display.
class ExportPdfCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
