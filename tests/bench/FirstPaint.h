#pragma once

// The start-up benchmark's children (StartupBenchmark.cpp, StartupBare.cpp): each says when it started and
// when its window was first painted, on the steady clock (the same for every process of the machine), so that
// the parent can count from the moment it launched the child: loading the program's libraries is part of
// the user's wait. Qt Widgets only: the bare window's program links nothing else.

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace salkku::bench {

// Nanoseconds on the steady clock: comparable between processes.
inline long long steadyNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// When main started (main's first statement calls it).
inline long long &mainStartedAt()
{
    static long long nanoseconds = steadyNanoseconds();
    return nanoseconds;
}

inline long long peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    return 0;
}

// Reports the first paint of a window once it is done ("main_ns=… painted_ns=…"); with quit, also the peak
// memory then, and ends the process at once.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(bool quit) : m_quit(quit) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [quit = m_quit] {
                std::printf("main_ns=%lld painted_ns=%lld\n", mainStartedAt(), steadyNanoseconds());
                std::fflush(stdout);
                if (!quit)
                    return;
                std::printf("peak_kb=%lld\n", peakKilobytes());
                std::fflush(stdout);
                // At once: neither the work queued behind the paint nor tearing the window down belongs to
                // the start (nor to a count of its instructions).
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quit = true;
    bool m_seen = false;
};

} // namespace salkku::bench
