// Build tool: renders the application icon (SVG) to the PNG sizes of the hicolor icon theme, with
// the same renderer (QtSvg) the console uses for its own icons.
//
//   fleetdeck-svgtopng SOURCE.svg OUTPUT.png|OUTPUT.ico SIZE   (format from the extension)
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[]) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: fleetdeck-svgtopng SOURCE.svg OUTPUT.png SIZE\n");
        return 2;
    }
    // Offscreen: the tool runs during the build, where there is no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The format follows the extension: PNG, or ICO (Qt's bundled ico plugin) for Windows.
    const int size = QString::fromLocal8Bit(argv[3]).toInt();
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid() || size <= 0) {
        std::fprintf(stderr, "fleetdeck-svgtopng: cannot render %s at %s px\n", argv[1], argv[3]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "fleetdeck-svgtopng: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
