// FileValueConverter: a file's text value (a CSV field, a JSON string) as the type its column declares,
// added to a RowSet; a value that does not convert adds null and says why, so the row becomes a row error.
#pragma once

#include "core/rowset.h"
#include "job/filesourcespec.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace Ferry {

class FileValueConverter
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FileValueConverter)
public:
    // Adds text as type to rows. Returns an empty string, or (having added null) what is wrong with the text:
    // "'abc' is not a whole number".
    static QString add(RowSet &rows, FileValueType type, std::string_view text);
    // The narrowest type every one of the texts converts to (discover()'s suggestion): integer, decimal,
    // boolean, date, datetime, else text. Empty texts do not count.
    static FileValueType infer(const std::vector<std::string> &texts);
};

} // namespace Ferry
