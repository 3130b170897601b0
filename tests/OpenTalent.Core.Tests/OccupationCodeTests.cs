using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Core.Tests;

public class OccupationCodeTests
{
    [Theory]
    [InlineData(CodeScheme.OnetSoc, "15-1252.00")]
    [InlineData(CodeScheme.OnetSoc, " 15-1252.01 ")]
    [InlineData(CodeScheme.Soc, "15-1252")]
    [InlineData(CodeScheme.Soc, "00-0000")]
    [InlineData(CodeScheme.Isco, "2")]
    [InlineData(CodeScheme.Isco, "2512")]
    [InlineData(CodeScheme.EscoUri, "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34")]
    [InlineData(CodeScheme.Local, "ml-engineer")]
    public void Accepts_valid_codes(CodeScheme scheme, string value) =>
        new OccupationCode(scheme, value).Value.ShouldBe(value.Trim());

    [Theory]
    [InlineData(CodeScheme.OnetSoc, "15-1252")]
    [InlineData(CodeScheme.OnetSoc, "15-1252.0")]
    [InlineData(CodeScheme.Soc, "15-1252.00")]
    [InlineData(CodeScheme.Soc, "151252")]
    [InlineData(CodeScheme.Isco, "25120")]
    [InlineData(CodeScheme.Isco, "")]
    [InlineData(CodeScheme.EscoUri, "not a uri")]
    [InlineData(CodeScheme.EscoUri, "ftp://data.europa.eu/esco/occupation/x")]
    [InlineData(CodeScheme.Local, "has space")]
    public void Rejects_invalid_codes_naming_the_scheme(CodeScheme scheme, string value)
    {
        var error = Should.Throw<ArgumentException>(() => new OccupationCode(scheme, value));
        error.Message.ShouldContain(OccupationCode.SchemeName(scheme));
    }

    [Fact]
    public void An_onet_soc_code_rolls_up_to_its_soc_code() =>
        OccupationCode.SocOfOnetSoc("15-1252.00").ShouldBe("15-1252");
}
