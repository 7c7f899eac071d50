// A main() for the fuzz targets without libFuzzer, for any compiler: runs every file of the
// directories (or files) given once through LLVMFuzzerTestOneInput. CTest runs it over the
// seed corpus and over every input a fuzzer ever crashed on, in every build, so a fixed bug
// stays fixed even where clang's libFuzzer is not available.
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                           size_t(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names =
                QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
            for (const QString &name : names) {
                if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1String(".md")))
                    continue; // .gitkeep, README.md
                if (!replay(QDir(path).filePath(name)))
                    return 1;
                ++replayed;
            }
        } else if (info.isFile()) {
            if (!replay(path))
                return 1;
            ++replayed;
        } else {
            std::fprintf(stderr, "no such file or directory: %s\n", qPrintable(path));
            return 1;
        }
    }
    std::printf("replayed %d inputs, every promise held\n", replayed);
    return 0;
}
