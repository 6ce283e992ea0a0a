using NodaTime;
using SalesSuite.Goals.Domain.Campaigns;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Tests.Domain;

public sealed class CampaignProgressTests
{
    private static readonly LocalDate Start = new(2026, 11, 1);
    private static readonly LocalDate End = new(2026, 12, 31);
    private static readonly Guid Visit = Guid.NewGuid();
    private static readonly Guid Quote = Guid.NewGuid();
    private static readonly Guid Terms = Guid.NewGuid();
    private static readonly Guid Sales = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    private static Campaign Make(IReadOnlyList<CampaignStep>? steps = null, IReadOnlyList<CampaignCustomer>? customers = null,
        LocalDate? starts = null, LocalDate? ends = null, IReadOnlyList<CampaignMaterial>? materials = null) =>
        new(Guid.NewGuid(), new CampaignPlan("Q4骨科关节置换专项攻坚", null, starts ?? Start, ends ?? End, Guid.NewGuid(), "华东一组",
            customers ?? [new(A, "浙一医院", Sales), new(B, "邵逸夫医院", Other)],
            [new("开场", "您好，关于关节置换…")], materials ?? [new("术式视频", "https://example.com/v.mp4", 75)],
            steps ?? [new(Visit, 1, null), new(Quote, 1, null), new(Terms, 1, null)]), Guid.NewGuid(), Instant.FromUtc(2026, 11, 1, 0, 0));

    private static CampaignEvidence E(Guid customer, Guid type, LocalDate day, Guid? user = null) => new(customer, type, user ?? Sales, day);

    [Fact]
    public void Given_a_step_of_two_When_one_then_two_pieces_of_evidence_Then_it_is_done_only_at_the_second()
    {
        var campaign = Make(steps: [new(Visit, 2, null)]);
        var today = new LocalDate(2026, 11, 23);

        var one = CampaignProgress.Of(campaign, [E(A, Visit, today)], today);
        var two = CampaignProgress.Of(campaign, [E(A, Visit, today), E(A, Visit, today.PlusDays(-1))], today);

        Assert.Equal((CellState.Open, 1, 2), (one.Customers[0].Cells[0].State, one.Customers[0].Cells[0].Count, one.Customers[0].Cells[0].Needed));
        Assert.Equal(CellState.Done, two.Customers[0].Cells[0].State);
        Assert.Equal(CellState.Open, two.Customers[1].Cells[0].State);
    }

    [Fact]
    public void Given_evidence_on_and_just_outside_the_window_edges_Then_only_the_inside_days_count()
    {
        var campaign = Make(steps: [new(Visit, 2, null)]);
        var today = new LocalDate(2027, 1, 5);

        var inside = CampaignProgress.Of(campaign, [E(A, Visit, Start), E(A, Visit, End)], today);
        var outside = CampaignProgress.Of(campaign,
            [E(A, Visit, Start.PlusDays(-1)), E(A, Visit, End.PlusDays(1)), E(A, Visit, Start)], today);

        Assert.Equal(CellState.Done, inside.Customers[0].Cells[0].State);
        Assert.Equal(1, outside.Customers[0].Cells[0].Count);
        Assert.Equal(CellState.Open, outside.Customers[0].Cells[0].State);
    }

    [Fact]
    public void Given_evidence_for_another_customer_or_type_Then_it_does_not_count()
    {
        var campaign = Make();
        var day = new LocalDate(2026, 11, 10);

        var progress = CampaignProgress.Of(campaign, [E(Guid.NewGuid(), Visit, day), E(A, Guid.NewGuid(), day)], day);

        Assert.Equal(0, progress.CellsDone);
    }

    [Fact]
    public void Given_three_of_six_cells_done_Then_overall_is_50_percent_and_one_customer_is_through()
    {
        var campaign = Make();
        var day = new LocalDate(2026, 11, 10);

        var progress = CampaignProgress.Of(campaign, [E(A, Visit, day), E(A, Quote, day), E(A, Terms, day)], day);

        Assert.Equal(50, progress.OverallPercent);
        Assert.Equal(1, progress.Through);
        var sales = progress.People.Single(p => p.UserId == Sales);
        Assert.Equal((1, 3, 3, 1, 100), (sales.Customers, sales.CellsDone, sales.Cells, sales.Through, sales.Percent));
        Assert.Equal(0, progress.People.Single(p => p.UserId == Other).Percent);
    }

    [Fact]
    public void Given_five_of_six_cells_done_Then_overall_rounds_down_to_83_percent_never_up_to_100()
    {
        var campaign = Make();
        var day = new LocalDate(2026, 11, 10);

        var progress = CampaignProgress.Of(campaign,
            [E(A, Visit, day), E(A, Quote, day), E(A, Terms, day), E(B, Visit, day), E(B, Quote, day)], day);

        Assert.Equal(83, progress.OverallPercent);
        Assert.Equal(0, CampaignProgress.Percent(0, 0));
    }

    [Fact]
    public void Given_due_dates_When_past_and_not_done_Then_overdue_else_open_or_done()
    {
        var due = new LocalDate(2026, 11, 20);
        var campaign = Make(steps: [new(Visit, 1, due), new(Quote, 1, due)]);

        var onDueDay = CampaignProgress.Of(campaign, [], due);
        var after = CampaignProgress.Of(campaign, [E(A, Visit, due.PlusDays(1))], due.PlusDays(1));

        Assert.All(onDueDay.Customers.SelectMany(c => c.Cells), c => Assert.Equal(CellState.Open, c.State));
        Assert.Equal(CellState.Done, after.Customers[0].Cells[0].State);
        Assert.Equal(CellState.Overdue, after.Customers[0].Cells[1].State);
        Assert.Equal(3, after.Overdue);
    }

    [Fact]
    public void Given_two_steps_of_the_same_action_When_one_visit_Then_only_the_first_is_done()
    {
        var campaign = Make(steps: [new(Visit, 1, null), new(Quote, 1, null), new(Visit, 1, null)]);
        var day = new LocalDate(2026, 11, 10);

        var one = CampaignProgress.Of(campaign, [E(A, Visit, day)], day);
        var two = CampaignProgress.Of(campaign, [E(A, Visit, day), E(A, Visit, day)], day);

        Assert.Equal([1, 1, 2], CampaignProgress.Needed(campaign.Steps));
        Assert.Equal([CellState.Done, CellState.Open, CellState.Open], one.Customers[0].Cells.Select(c => c.State));
        Assert.Equal(CellState.Done, two.Customers[0].Cells[2].State);
    }

    [Theory]
    [InlineData(2026, 10, 31, "Campaigns_Error_Window")]
    [InlineData(2027, 11, 1, "Campaigns_Error_TooLong")]
    public void Given_a_bad_window_Then_the_campaign_is_refused(int y, int m, int d, string key)
    {
        var refusal = Assert.Throws<DomainException>(() => Make(ends: new LocalDate(y, m, d)));

        Assert.Equal(key, refusal.Key);
    }

    [Fact]
    public void Given_a_window_of_exactly_one_year_Then_it_is_accepted()
    {
        var campaign = Make(starts: new LocalDate(2026, 1, 1), ends: new LocalDate(2026, 12, 31));

        Assert.Equal(new LocalDate(2026, 12, 31), campaign.EndsOn);
    }

    [Fact]
    public void Given_bad_plans_Then_each_is_refused_with_its_reason()
    {
        Assert.Equal("Campaigns_Error_NoSteps", Assert.Throws<DomainException>(() => Make(steps: [])).Key);
        Assert.Equal("Campaigns_Error_DueOutside",
            Assert.Throws<DomainException>(() => Make(steps: [new(Visit, 1, End.PlusDays(1))])).Key);
        Assert.Equal("Campaigns_Error_DuplicateCustomer",
            Assert.Throws<DomainException>(() => Make(customers: [new(A, "x", Sales), new(A, "x", Other)])).Key);
        Assert.Equal("Campaigns_Error_MaterialSeconds",
            Assert.Throws<DomainException>(() => Make(materials: [new("v", "https://example.com/v", 91)])).Key);
        Assert.Equal("Campaigns_Error_MaterialLink",
            Assert.Throws<DomainException>(() => Make(materials: [new("v", "javascript:alert(1)", null)])).Key);
        Assert.Equal("Campaigns_Error_Quantity", Assert.Throws<DomainException>(() => Make(steps: [new(Visit, 0, null)])).Key);
    }

    [Fact]
    public void Given_a_draft_When_activated_twice_or_closed_and_edited_Then_refused()
    {
        var campaign = Make();
        var at = Instant.FromUtc(2026, 11, 2, 0, 0);

        campaign.Activate(at);
        Assert.Equal("Campaigns_Error_NotDraft", Assert.Throws<DomainException>(() => campaign.Activate(at)).Key);
        campaign.Close(at);

        Assert.Equal(CampaignStatus.Closed, campaign.Status);
        Assert.Equal("Campaigns_Error_Closed", Assert.Throws<DomainException>(() => campaign.Change(new CampaignPlan(
            "x", null, Start, End, campaign.TeamId, "t", campaign.Customers, [], [], campaign.Steps))).Key);
    }
}
