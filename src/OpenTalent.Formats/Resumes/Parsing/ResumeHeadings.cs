using System.Text;

namespace OpenTalent.Formats.Resumes.Parsing;

/// <summary>The parts of a resume that have a place in JSON Resume, plus those recognised only to be skipped.</summary>
internal enum ResumeSectionKind
{
    Header,
    Summary,
    Work,
    Education,
    Skills,
    Projects,
    Certificates,
    Languages,
    Other,
}

/// <summary>A heading line: its section, its words, and any text after a colon ("Skills: Python, Go").</summary>
internal sealed record ResumeHeading(ResumeSectionKind Kind, string Heading, string Rest);

/// <summary>A section's heading and the lines under it.</summary>
internal sealed record ResumeSection(ResumeSectionKind Kind, string Heading, IReadOnlyList<ResumeLine> Lines);

/// <summary>
/// Finds section headings in English whatever their case or decoration ("EXPERIENCE", "## Work History",
/// "— Education —", "Skills:"). A heading is a short line that is nothing but a known name, so "Experience with
/// Kubernetes" in a bullet is never one.
/// </summary>
internal static class ResumeHeadings
{
    private static readonly Dictionary<string, ResumeSectionKind> Names = Build();

    public static List<ResumeSection> Split(IReadOnlyList<ResumeLine> lines)
    {
        var sections = new List<ResumeSection>();
        var kind = ResumeSectionKind.Header;
        var heading = "";
        var current = new List<ResumeLine>();
        foreach (var line in lines)
        {
            if (!line.IsBullet && Match(line.Text) is { } found && !IsEntryLabel(kind, found))
            {
                sections.Add(new ResumeSection(kind, heading, current));
                (kind, heading) = (found.Kind, found.Heading);
                current = [];
                if (found.Rest.Length > 0)
                {
                    current.Add(line with { Text = found.Rest });
                }

                continue;
            }

            current.Add(line);
        }

        sections.Add(new ResumeSection(kind, heading, current));
        return sections;
    }

    // Inside a skills list, "Languages: Python, Go" or "Tools: Git" is a group of skills; inside a job or project,
    // "Technologies: React, Firebase" describes that entry. Neither starts a section.
    private static bool IsEntryLabel(ResumeSectionKind current, ResumeHeading found) =>
        found.Rest.Length > 0
        && (current == ResumeSectionKind.Skills
            || (current is ResumeSectionKind.Work or ResumeSectionKind.Projects or ResumeSectionKind.Education
                && found.Kind == ResumeSectionKind.Skills && Key(found.Heading) is not ("skills" or "technical skills" or "key skills" or "core skills")));

    /// <summary>The section a line names, with any text after a colon ("Skills: Python, Go").</summary>
    public static ResumeHeading? Match(string line)
    {
        if (line.Length > 80)
        {
            return null;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var head = colon > 0 ? line[..colon] : line;
        var rest = colon > 0 ? line[(colon + 1)..].Trim() : "";
        var key = Key(head);
        if (key.Length == 0 || !Names.TryGetValue(key, out var kind))
        {
            return null;
        }

        // "Experience: 5 years in retail" is a sentence, not a heading; only list sections take inline content.
        if (rest.Length > 0 && kind is not (ResumeSectionKind.Skills or ResumeSectionKind.Languages or ResumeSectionKind.Certificates or ResumeSectionKind.Summary))
        {
            return null;
        }

        return new ResumeHeading(kind, ResumeLines.Clean(head), rest);
    }

    // Letters only, lower-cased, single-spaced, "&" read as "and": "  PROFESSIONAL  EXPERIENCE ——" → "professional experience".
    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&' || c == '+')
            {
                builder.Append(" and ");
            }
            else if (char.IsWhiteSpace(c) || c is '/' or '-' or '_' or '.' or ',')
            {
                builder.Append(' ');
            }
            else if (char.IsDigit(c))
            {
                return "";
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Spaced-out capitals ("E X P E R I E N C E") are a common decoration.
        if (words.Length > 3 && words.All(w => w.Length == 1))
        {
            return string.Concat(words);
        }

        return words.Length is 0 or > 5 ? "" : string.Join(' ', words);
    }

    private static Dictionary<string, ResumeSectionKind> Build()
    {
        var names = new Dictionary<string, ResumeSectionKind>(StringComparer.Ordinal);
        void Add(ResumeSectionKind kind, params string[] keys)
        {
            foreach (var key in keys)
            {
                names[key] = kind;
            }
        }

        Add(ResumeSectionKind.Summary, "summary", "professional summary", "career summary", "executive summary", "profile", "professional profile", "personal profile",
            "about", "about me", "objective", "career objective", "overview", "introduction", "personal statement", "summary of qualifications", "highlights", "career highlights");
        Add(ResumeSectionKind.Work, "experience", "work experience", "professional experience", "relevant experience", "employment", "employment history", "work history",
            "career history", "professional background", "career", "positions", "positions held", "work", "industry experience", "experience and employment",
            "professional experience and employment", "technical experience", "leadership experience", "selected experience", "berufserfahrung");
        Add(ResumeSectionKind.Education, "education", "education and training", "academic background", "academic history", "qualifications", "academic qualifications",
            "education and qualifications", "training", "educational background", "studies", "ausbildung");
        Add(ResumeSectionKind.Skills, "skills", "technical skills", "core skills", "key skills", "skills and tools", "skills and technologies", "core competencies",
            "competencies", "technologies", "tools", "tools and technologies", "expertise", "areas of expertise", "skill set", "skillset", "tech stack", "technical proficiencies",
            "strengths", "abilities", "kenntnisse");
        Add(ResumeSectionKind.Projects, "projects", "personal projects", "selected projects", "key projects", "side projects", "open source", "open source projects", "portfolio");
        Add(ResumeSectionKind.Certificates, "certifications", "certificates", "certification", "licenses", "licences", "licenses and certifications",
            "licences and certifications", "certifications and licenses", "certifications and licences", "credentials", "courses", "courses and certifications",
            "professional development", "certifications and training");
        Add(ResumeSectionKind.Languages, "languages", "language skills", "spoken languages", "sprachen");
        Add(ResumeSectionKind.Other, "awards", "honors", "honours", "awards and honors", "awards and honours", "achievements", "publications", "interests", "hobbies",
            "hobbies and interests", "references", "volunteer", "volunteering", "volunteer experience", "activities", "extracurricular activities", "memberships",
            "affiliations", "professional affiliations", "conferences", "talks", "patents", "additional information", "other");
        Add(ResumeSectionKind.Header, "contact", "contact information", "contact details", "contact info", "personal details", "personal information", "personal data");
        return names;
    }
}
