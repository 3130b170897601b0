using System.Text;
using OpenTalent.Formats.Csv;

namespace OpenTalent.Formats.Tests.Csv;

public class CsvReaderTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_doubled_quotes_and_line_breaks()
    {
        using var reader = Csv("id,label,alt\n1,\"a, b\",\"say \"\"hi\"\"\"\n2,plain,\"line one\nline two\"\n");

        reader.Read().ShouldBeTrue();
        reader.GetString(1).ShouldBe("a, b");
        reader.GetString(2).ShouldBe("say \"hi\"");
        reader.Read().ShouldBeTrue();
        reader.GetSpan(2).ToString().ShouldBe("line one\nline two");
        reader.Read().ShouldBeFalse();
        reader.RecordsRead.ShouldBe(2);
    }

    [Fact]
    public void Reports_the_physical_line_where_each_record_starts()
    {
        using var reader = Csv("a,b\n1,\"x\ny\nz\"\n2,w\r\n\r\n3,v");
        var lines = new List<int>();
        while (reader.Read())
        {
            lines.Add(reader.LineNumber);
        }

        lines.ShouldBe([2, 5, 7]);
    }

    [Fact]
    public void Accepts_crlf_line_ends_and_keeps_them_inside_quotes()
    {
        using var reader = Csv("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");

        reader.Read().ShouldBeTrue();
        reader.GetSpan(1).ToString().ShouldBe("x\r\ny");
        reader.Read().ShouldBeTrue();
        reader.GetString(0).ShouldBe("2");
        reader.GetSpan(1).ToString().ShouldBe("z");
        reader.Read().ShouldBeFalse();
    }

    [Fact]
    public void Ignores_a_byte_order_mark_before_the_header()
    {
        using var fromString = Csv("\uFEFFconceptUri,label\nu,l\n");
        fromString.Header[0].ShouldBe("conceptUri");

        using var folder = new Testing.TempDirectory();
        var path = folder.File("bom.csv");
        File.WriteAllText(path, "conceptUri,label\nu,l\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var fromFile = CsvReader.Open(path);
        fromFile.FindColumn("CONCEPTURI").ShouldBe(0);
    }

    [Fact]
    public void Finds_columns_by_name_ignoring_case_and_surrounding_spaces()
    {
        using var reader = Csv("OCC_CODE, Occ_Title ,annual \n11-0000,Managers,TRUE\n");

        reader.FindColumn("occ_title").ShouldBe(1);
        reader.FindColumn("missing", "ANNUAL").ShouldBe(2);
        reader.FindColumn("missing").ShouldBe(-1);
        reader.HasColumn("occ_code").ShouldBeTrue();
    }

    [Fact]
    public void A_missing_required_column_names_the_file_and_the_column()
    {
        using var reader = Csv("a,b\n1,2\n", "occupations.csv");

        var error = Should.Throw<SourceDataException>(() => reader.RequireColumn("conceptUri"));

        error.Message.ShouldStartWith("occupations.csv: the required column 'conceptUri' is missing");
    }

    [Fact]
    public void An_unterminated_quote_is_an_error_at_the_line_where_it_opens()
    {
        using var reader = Csv("a,b\n1,2\n3,\"open\nstill open\n", "skills.csv");
        reader.Read().ShouldBeTrue();

        var error = Should.Throw<SourceDataException>(() => reader.Read());

        error.Message.ShouldBe("skills.csv, line 3: a quoted field opens on this line but its closing quote never comes");
        error.Line.ShouldBe(3);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,4,5\n", 3, "expected 2 fields as the header names, found 3")]
    [InlineData("a,b\n1,2\n\"3\nx\"\n", 3, "expected 2 fields as the header names, found 1")]
    public void A_record_with_the_wrong_number_of_fields_is_an_error_naming_its_line(string text, int line, string detail)
    {
        using var reader = Csv(text, "x.csv");
        reader.Read().ShouldBeTrue();

        var error = Should.Throw<SourceDataException>(() => reader.Read());

        error.Message.ShouldBe($"x.csv, line {line}: {detail}");
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        using var reader = Csv("a,b\n\"x\"y,2\n");

        Should.Throw<SourceDataException>(() => reader.Read()).Detail.ShouldContain("after its closing quote");
    }

    [Fact]
    public void Empty_fields_and_a_missing_final_line_break_are_read()
    {
        using var reader = Csv("a,b,c\n,,\n\"\",x,");

        reader.Read().ShouldBeTrue();
        reader.GetOptionalString(0).ShouldBeNull();
        reader.GetSpan(2).IsEmpty.ShouldBeTrue();
        reader.Read().ShouldBeTrue();
        reader.GetString(1).ShouldBe("x");
        reader.GetSpan(0).IsEmpty.ShouldBeTrue();
        reader.Read().ShouldBeFalse();
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_literal()
    {
        using var reader = Csv("a,b\n5'10\" tall,x\n");

        reader.Read().ShouldBeTrue();
        reader.GetString(0).ShouldBe("5'10\" tall");
    }

    [Fact]
    public void Fields_longer_than_the_read_buffer_survive_buffer_boundaries()
    {
        var longText = new string('x', 150_000) + "\"\"" + new string('y', 70_000);
        var builder = new StringBuilder("a,b\n");
        for (var i = 0; i < 3; i++)
        {
            builder.Append(i).Append(",\"").Append(longText).Append("\"\n");
        }

        using var reader = Csv(builder.ToString());
        var count = 0;
        while (reader.Read())
        {
            reader.GetSpan(1).Length.ShouldBe(longText.Length - 1);
            reader.LineNumber.ShouldBe(count + 2);
            count++;
        }

        count.ShouldBe(3);
    }

    [Fact]
    public void An_empty_file_is_an_error_asking_for_a_header()
    {
        Should.Throw<SourceDataException>(() => Csv(string.Empty, "empty.csv")).Message
            .ShouldStartWith("empty.csv: the file is empty");
    }

    [Fact]
    public void Opening_a_missing_file_names_it()
    {
        using var folder = new Testing.TempDirectory();

        Should.Throw<SourceDataException>(() => CsvReader.Open(folder.File("nope.csv"))).Message
            .ShouldStartWith("nope.csv: the file does not exist");
    }

    private static CsvReader Csv(string text, string name = "test.csv") => new(new StringReader(text), name, ownsText: true);
}
