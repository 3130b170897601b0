using System.Text.Json.Nodes;
using OpenTalent.Core.Understanding;
using OpenTalent.Formats.Matching;
using OpenTalent.Text.Models;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>
/// Plain resume text to a JSON Resume: sections by their headings, basics from the header, entries from each list
/// section, skills through the taxonomy's skill extraction. Holds no state, so one instance serves every thread.
/// </summary>
internal sealed class ResumeTextReader(TextModels models, SkillEvidenceReader skills)
{
    public JsonObject Read(string text, List<ResumeParseWarning> warnings)
    {
        var lines = ResumeLines.Split(text);
        var sections = ResumeHeadings.Split(lines);
        var resume = new JsonObject();
        var header = sections.Where(s => s.Kind == ResumeSectionKind.Header).SelectMany(s => s.Lines).ToList();
        var basics = ResumeContactReader.Read(header, text, warnings);

        var summary = Joined(sections, ResumeSectionKind.Summary)
            ?? (header.Where(l => ResumeEntry.IsSentence(l.Text)).Select(l => l.Text).ToList() is { Count: > 0 } sentences ? string.Join(" ", sentences) : null);
        if (summary is not null)
        {
            basics["summary"] = summary;
        }

        resume["basics"] = basics;
        var work = ResumeEntryReaders.Work(Entries(sections, ResumeSectionKind.Work), TitleScore, warnings);
        var education = ResumeEntryReaders.Education(Entries(sections, ResumeSectionKind.Education), warnings);
        var projects = ResumeEntryReaders.Projects(Entries(sections, ResumeSectionKind.Projects), warnings);
        resume["work"] = work;
        resume["education"] = education;
        resume["skills"] = Skills(sections, text, warnings);
        if (projects.Count > 0)
        {
            resume["projects"] = projects;
        }

        var certificates = ResumeListReaders.Certificates(Lines(sections, ResumeSectionKind.Certificates));
        if (certificates.Count > 0)
        {
            resume["certificates"] = certificates;
        }

        var languages = ResumeListReaders.Languages(Lines(sections, ResumeSectionKind.Languages));
        if (languages.Count > 0)
        {
            resume["languages"] = languages;
        }

        if (sections.All(s => s.Kind is ResumeSectionKind.Header))
        {
            warnings.Add(new ResumeParseWarning("", "no section headings (Experience, Education, Skills ...) were found, so no work or education entries could be read"));
        }
        else
        {
            if (work.Count == 0)
            {
                warnings.Add(new ResumeParseWarning("work", "no work experience found"));
            }

            if (education.Count == 0)
            {
                warnings.Add(new ResumeParseWarning("education", "no education found"));
            }
        }

        return resume;
    }

    private JsonArray Skills(List<ResumeSection> sections, string text, List<ResumeParseWarning> warnings)
    {
        var listed = Lines(sections, ResumeSectionKind.Skills);
        if (listed.Count > 0)
        {
            return ResumeListReaders.Skills(listed, skills, warnings);
        }

        var named = ResumeListReaders.SkillsNamedIn(text, skills);
        warnings.Add(new ResumeParseWarning("skills", named.Count > 0
            ? "no skills section; the skills listed are those the resume names elsewhere"
            : "no skills section, and no known skill is named anywhere"));
        return named;
    }

    private double TitleScore(string text)
    {
        var matches = models.Titles.Normalize(text, TaxonomyScheme.Onet, 1).Matches;
        return matches.Count > 0 ? matches[0].Score : 0;
    }

    private static List<ResumeLine> Lines(List<ResumeSection> sections, ResumeSectionKind kind) =>
        [.. sections.Where(s => s.Kind == kind).SelectMany(s => s.Lines)];

    private static List<ResumeEntry> Entries(List<ResumeSection> sections, ResumeSectionKind kind) => ResumeEntry.Group(Lines(sections, kind));

    private static string? Joined(List<ResumeSection> sections, ResumeSectionKind kind)
    {
        var text = string.Join(" ", Lines(sections, kind).Where(l => l.Text.Length > 0).Select(l => l.Text.Trim()));
        return text.Length > 0 ? text : null;
    }
}
