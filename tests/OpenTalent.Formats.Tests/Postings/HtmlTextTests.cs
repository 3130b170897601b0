using OpenTalent.Formats.Postings;

namespace OpenTalent.Formats.Tests.Postings;

public class HtmlTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("  spaced   out\t text  ", "spaced out text")]
    [InlineData("<p>One</p><p>Two</p>", "One\nTwo")]
    [InlineData("Line<br>break<br/>again<BR />", "Line\nbreak\nagain")]
    [InlineData("<h2>Role</h2>\n\n\n\n<div>Body</div>", "Role\nBody")]
    [InlineData("<b>Bold</b><i>italic</i>", "Bold italic")]
    [InlineData("Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#8211; &#x2014; caf&#233;", "Tom & Jerry <3 été – — café")]
    [InlineData("a&nbsp;&nbsp;b", "a b")]
    [InlineData("&lt;b&gt;literal&lt;/b&gt;", "<b>literal</b>")]
    [InlineData("if a < b and c > d", "if a < b and c > d")]
    [InlineData("x <3 y", "x <3 y")]
    [InlineData("unclosed <b tag", "unclosed <b tag")]
    [InlineData("before<!-- hidden <p>comment</p> -->after", "beforeafter")]
    [InlineData("a<script>var s = '<p>x</p>';</script>b<style>p{color:red}</style>c", "a b c")]
    [InlineData("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "Hi")]
    [InlineData("<ul>\n  <li>Java</li>\n  <li>Go</li>\n</ul>", "Java\nGo")]
    [InlineData("<p>First paragraph</p>\n\n<p>Second</p>", "First paragraph\nSecond")]
    [InlineData("<div><div><p>Nested</p></div></div>", "Nested")]
    [InlineData("keep\nplain\nnewlines", "keep\nplain\nnewlines")]
    [InlineData("Intro:\n\n<b>Duties</b> below\n- one\n- two", "Intro:\n\nDuties below\n- one\n- two")]
    [InlineData("crlf\r\nlines", "crlf\nlines")]
    [InlineData("<p></p>", "")]
    [InlineData("<a href=\"https://x.example/?a=1&b=2\">link</a> text", "link text")]
    public void Turns_html_into_plain_text(string html, string expected) => HtmlText.ToPlainText(html).ShouldBe(expected);

    [Fact]
    public void Handles_megabytes_of_unclosed_or_nested_markup()
    {
        var opens = new string('<', 2_000_000);
        (HtmlText.ToPlainText("a" + opens + "b") == "a" + opens + "b").ShouldBeTrue();

        var tags = string.Concat(Enumerable.Repeat("<p><b>x</b></p>", 200_000));
        HtmlText.ToPlainText(tags).Length.ShouldBe((200_000 * 2) - 1);

        var unclosedComment = "text<!--" + new string('-', 1_000_000);
        HtmlText.ToPlainText(unclosedComment).ShouldBe("text");

        // Many '<' that look like tags but are never closed: each must not rescan the rest of the text.
        var neverClosed = string.Concat(Enumerable.Repeat("a <b ", 500_000));
        HtmlText.ToPlainText(neverClosed).Length.ShouldBe(neverClosed.Length - 1);
    }
}
