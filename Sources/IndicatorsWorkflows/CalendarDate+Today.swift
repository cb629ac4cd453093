import Foundation
import IndicatorsCore

extension CalendarDate {
  /// Today's date in the local time zone: the vintage of undated imports, the year of an assessment.
  package static var today: CalendarDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
  }
}
