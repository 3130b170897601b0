namespace OpenTalent.Web.Tests;

/// <summary>Small documents the tests post: a JSON Resume and job drafts, written in code.</summary>
public static class Fixtures
{
    public static object Resume(string name = "Sam Example", string label = "Machine Learning Engineer") => new
    {
        basics = new { name, label, location = new { city = "Oakland", region = "CA", countryCode = "US" } },
        work = new[]
        {
            new { name = "Tailspin", position = "Machine Learning Engineer", startDate = "2020-01", highlights = new[] { "Trained models in Python and PyTorch", "Deployed with Docker and Kubernetes" } },
        },
        skills = new[] { new { name = "Python" }, new { name = "PyTorch" } },
        meta = new { opentalent = new { remote = "remote", expectedSalary = new { currency = "USD", amount = 170000, period = "YEAR" } } },
    };

    public static object NurseResume() => new
    {
        basics = new { name = "Noor Nurse", label = "Registered Nurse" },
        work = new[] { new { name = "General Hospital", position = "Registered Nurse", startDate = "2018-01", highlights = new[] { "Patient care on a medical ward" } } },
        skills = new[] { new { name = "Patient care" } },
    };

    public static object MlJob(string title = "Senior Machine Learning Engineer") => new
    {
        title,
        description = "Train models. 5+ years of Python and PyTorch required. Kubernetes is a plus.",
        arrangement = "remote",
        employmentType = "fullTime",
        salary = new { min = 200000, max = 250000, currency = "USD", period = "year" },
    };
}
