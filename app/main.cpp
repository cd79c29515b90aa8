#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

#include "api/sandbox/sandboxonly.h"
#include "app/composition.h"
#include "rewarddesk_version.h"
#include "ui/mainwindow.h"

using namespace rd;

namespace {

int g_signalFds[2] = {-1, -1};

void onTerminationSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

// SIGTERM / SIGINT close the window cleanly (its state is saved) through the event loop: a self-pipe.
void installQuitOnSignal(QObject* parent, std::function<void()> quit) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [notifier, quit = std::move(quit)] {
        char byte;
        [[maybe_unused]] const auto read = ::read(g_signalFds[1], &byte, 1);
        notifier->setEnabled(false);
        quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

bool wantsFlag(int argc, char** argv, const char* flag) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

void loadTranslations(QCoreApplication& app) {
    // Source strings are English. For English (and the C locale) only RewardDesk's English plural forms are loaded:
    // Qt's own catalogues have nothing for English, and looking them up costs start-up time (P1).
    const QLocale::Language language = QLocale().language();
    const bool english = language == QLocale::English || language == QLocale::C;
    auto* own = new QTranslator(&app);
    if (english ? own->load(QStringLiteral("rewarddesk_en"), QStringLiteral(":/i18n"))
                : own->load(QLocale(), QStringLiteral("rewarddesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    if (english)
        return;
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

Options parseOptions(QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "RewardDesk: one console for rewards and loyalty support (TruCentive, Tremendous, Cheetah Loyalty, "
                "Trigg)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Open on the built-in sandbox with sample data."));
    const QCommandLineOption sandboxOnly(
        QStringLiteral("sandbox-only"),
        QCoreApplication::translate("main", "Serve only the built-in sandbox (no window) and print its addresses."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QCoreApplication::translate("main", "Sandbox port (default: a random free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("main", "Sandbox sample-data seed."), QStringLiteral("N"),
                                  QStringLiteral("20261122"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Sandbox records per resource."),
                                  QStringLiteral("N"), QStringLiteral("500"));
    parser.addOptions({demo, sandboxOnly, port, seed, size});
    parser.process(app);
    Options options;
    options.demo = parser.isSet(demo);
    options.sandboxOnly = parser.isSet(sandboxOnly);
    options.port = quint16(parser.value(port).toUInt());
    options.seed = parser.value(seed).toULongLong();
    options.size = qBound(1, parser.value(size).toInt(), 1'000'000);
    return options;
}

void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("RewardDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("RewardDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REWARDDESK_VERSION));
}

bool hasDisplay() {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer startup;
    startup.start();

    // Commands that need no window run on a QCoreApplication.
    if (wantsFlag(argc, argv, "--sandbox-only") || wantsFlag(argc, argv, "--version") || wantsFlag(argc, argv, "-v") ||
        wantsFlag(argc, argv, "--help") || wantsFlag(argc, argv, "-h")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        loadTranslations(app);
        const Options options = parseOptions(app); // --help / --version exit here
        installQuitOnSignal(&app, [] { QCoreApplication::quit(); });
        return runSandboxOnly(options.port, options.seed, options.size);
    }

    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "RewardDesk needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are empty).\n"
                     "Run it under a virtual display instead, for example:\n"
                     "  xvfb-run -a -s \"-screen 0 1280x800x24\" %s %s\n"
                     "or without any display (nothing visible, for scripts): QT_QPA_PLATFORM=offscreen %s\n",
                     argv[0], argc > 1 ? argv[1] : "--demo", argv[0]);
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rewarddesk.svg")));
    loadTranslations(app);
    const Options options = parseOptions(app);

    Composition composition(options);
    MainWindow* window = composition.mainWindow();
    installQuitOnSignal(&app, [window] { window->close(); });

    // One line on stdout once the window has painted: scripts and tests wait for it; it also reports P1.
    struct FirstPaint : QObject {
        QElapsedTimer* timer;
        bool seen = false;
        bool eventFilter(QObject*, QEvent* event) override {
            if (!seen && event->type() == QEvent::Paint) {
                seen = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        QTextStream(stdout)
                            << "RewardDesk ready: first paint after " << timer->elapsed() << " ms" << Qt::endl;
                    },
                    Qt::QueuedConnection);
            }
            return false;
        }
    } firstPaint;
    firstPaint.timer = &startup;
    window->installEventFilter(&firstPaint);
    window->show();
    return app.exec();
}
