import Foundation
import IndicatorsServer
import Testing

@Suite struct FormFieldsTests {
  @Test func decodesAsABrowserEncodes() {
    let fields = FormFields("q=%E7%BB%B5%E9%98%B3+gdp&region=mianyang&empty=&flag")
    #expect(fields["q"] == "绵阳 gdp")
    #expect(fields["region"] == "mianyang")
    #expect(fields["empty"] == "")
    #expect(fields["flag"] == "")
    #expect(fields.text("empty") == nil)
    #expect(fields["missing"] == nil)
  }

  @Test func keepsMalformedEscapesAndTheFirstOfTwoValues() {
    let fields = FormFields("a=100%25&b=%zz%4&a=second&c=%2B1")
    #expect(fields["a"] == "100%")
    #expect(fields["b"] == "%zz%4")
    #expect(fields["c"] == "+1")
  }

  @Test func trimsSpacesForText() {
    #expect(FormFields("q=++gdp+%E3%80%80").text("q") == "gdp")
  }
}

@Suite struct MultipartFormTests {
  static func body(boundary: String, parts: [(headers: String, content: String)], close: Bool = true) -> [UInt8] {
    var text = "preamble\r\n"
    for part in parts { text += "--\(boundary)\r\n\(part.headers)\r\n\r\n\(part.content)\r\n" }
    if close { text += "--\(boundary)--\r\n" }
    return Array(text.utf8)
  }

  @Test func readsTheBoundaryOfTheContentType() {
    #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=----abc") == "----abc")
    #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"q r\"") == "q r")
    #expect(MultipartForm.boundary(contentType: "text/csv") == nil)
    #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
  }

  @Test func readsFieldsAndAFileExactly() throws {
    let csv = "indicator,region,period,value\r\ngdp,mianyang,2030,1\r\n"
    let body = Self.body(boundary: "XyZ", parts: [
      ("Content-Disposition: form-data; name=\"file\"; filename=\"C:\\\\data\\\\数据.csv\"\r\nContent-Type: text/csv", csv),
      ("Content-Disposition: form-data; name=\"skip_targets\"", "1"),
    ])
    let form = try MultipartForm(body: body, boundary: "XyZ")
    #expect(form.parts.count == 2)
    #expect(form.part("file")?.bytes == Array(csv.utf8))
    #expect(form.part("file")?.fileName == "C:\\\\data\\\\数据.csv")
    #expect(form.part("skip_targets")?.bytes == Array("1".utf8))
  }

  @Test func refusesABodyWithoutItsBoundaryOrCutShort() {
    #expect(throws: UploadError("the form data does not contain its boundary")) {
      try MultipartForm(body: Array("gdp,1".utf8), boundary: "XyZ")
    }
    let cut = Array(Self.body(boundary: "XyZ", parts: [("Content-Disposition: form-data; name=\"file\"", "a,b")], close: false).dropLast(2))
    #expect(throws: UploadError("the form data is cut short (a part without its closing boundary)")) {
      try MultipartForm(body: cut, boundary: "XyZ")
    }
  }
}

@Suite struct UploadTests {
  @Test func aRawBodyTakesItsNameAndOptionsFromTheQuery() throws {
    let upload = try Upload(contentType: "text/csv", body: Array("a,b".utf8), query: FormFields("name=../x/figures.csv&confirm=1"))
    #expect(upload == Upload(name: "figures.csv", bytes: Array("a,b".utf8), skipTargets: false, confirm: true))
  }

  @Test func theConfirmFormCarriesTheBytesBackExactly() throws {
    let bytes: [UInt8] = [0xD6, 0xB8, 0xB1, 0xEA, 0x2C, 0x0A, 0xFF]  // GBK text and a stray byte
    let body = "name=%E6%95%B0.csv&content=\(Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "%2B"))&skip_targets=1&confirm=1"
    let upload = try Upload(contentType: "application/x-www-form-urlencoded", body: Array(body.utf8), query: FormFields(nil))
    #expect(upload == Upload(name: "数.csv", bytes: bytes, skipTargets: true, confirm: true))
  }

  @Test func emptyAndNamelessUploadsAreRefusedOrNamed() throws {
    #expect(throws: UploadError("upload.csv is empty")) { try Upload(contentType: nil, body: [], query: FormFields(nil)) }
    #expect(Upload(name: "/", bytes: [1]).name == "upload.csv")
    #expect(Upload(name: "\u{7}\u{1B}", bytes: [1]).name == "upload.csv")
    #expect(Upload(name: "dir/\u{7}evil\u{1B}.csv", bytes: [1]).name == "evil.csv")
  }
}
