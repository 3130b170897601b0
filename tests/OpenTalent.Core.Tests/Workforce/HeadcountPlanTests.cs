using OpenTalent.Core.Workforce;

namespace OpenTalent.Core.Tests.Workforce;

public class HeadcountPlanTests
{
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    [Fact]
    public void A_plan_adds_up_its_departments_and_reads_the_target_due_by_a_date()
    {
        var research = new Department(Guid.CreateVersion7(), "Research", 1500, [new(YearEnd, 2500), new(new DateOnly(2026, 6, 30), 2000)]);
        var support = new Department(Guid.CreateVersion7(), "Support", 3000, [new(YearEnd, 5500)]);
        var plan = new HeadcountPlan(Guid.CreateVersion7(), Guid.CreateVersion7(), "2026 growth", [research, support]);

        plan.CurrentHeadcount.ShouldBe(4500);
        plan.TargetBy(YearEnd).ShouldBe(8000);
        plan.TargetBy(new DateOnly(2026, 7, 1)).ShouldBe(2000 + 3000);
        plan.TargetBy(new DateOnly(2026, 1, 1)).ShouldBe(4500);
        research.Targets.Select(t => t.Date).ShouldBe([new DateOnly(2026, 6, 30), YearEnd]);
        research.Gap.ShouldBe(1000);
        plan.Department("support").ShouldBe(support);
        Should.Throw<KeyNotFoundException>(() => plan.Department("Sales")).Message.ShouldContain("Research, Support");
    }

    [Fact]
    public void Teams_must_add_up_to_their_department()
    {
        Team[] teams = [new(Guid.CreateVersion7(), "Enterprise", 40, []), new(Guid.CreateVersion7(), "Startups", 20, [])];

        new Department(Guid.CreateVersion7(), "Technical ambassadors", 60, [], teams).Teams.Count.ShouldBe(2);
        Should.Throw<ArgumentException>(() => new Department(Guid.CreateVersion7(), "Technical ambassadors", 61, [], teams)).Message.ShouldContain("teams add up to 60");
    }

    [Fact]
    public void Duplicate_names_and_dates_are_refused()
    {
        var id = Guid.CreateVersion7();
        Should.Throw<ArgumentException>(() => new Department(id, "R", 1, [new(YearEnd, 2), new(YearEnd, 3)])).Message.ShouldContain("two targets for 2026-12-31");
        Should.Throw<ArgumentException>(() => new HeadcountPlan(Guid.CreateVersion7(), Guid.CreateVersion7(), "P", [new Department(Guid.CreateVersion7(), "Sales", 1, []), new Department(Guid.CreateVersion7(), "sales", 1, [])]))
            .Message.ShouldContain("'sales' twice");
        Should.Throw<ArgumentOutOfRangeException>(() => new HeadcountTarget(YearEnd, -1)).ParamName.ShouldBe("headcount");
    }
}
