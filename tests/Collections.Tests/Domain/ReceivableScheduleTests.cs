using NodaTime;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

public sealed class ReceivableScheduleTests
{
    private static AcceptedQuote Quote(params MilestoneTerms[] milestones) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "V1", "CNY", new LocalDate(2026, 1, 31), milestones);

    [Fact]
    public void Given_days_after_acceptance_When_the_schedule_is_built_Then_due_dates_count_from_the_acceptance_day()
    {
        var rows = Receivable.FromAcceptedQuote(
            Quote(new("预付款", 300m, null, 0), new("尾款", 700m, null, 30)), AppFactory.DefaultNow);

        Assert.Equal([new LocalDate(2026, 1, 31), new LocalDate(2026, 3, 2)], rows.Select(r => r.DueDate));
        Assert.Equal([1, 2], rows.Select(r => r.Sequence));
    }

    [Fact]
    public void Given_no_milestones_When_the_schedule_is_built_Then_it_is_refused()
    {
        Assert.Equal("Receivable_Error_NoMilestones",
            Assert.Throws<DomainException>(() => Receivable.FromAcceptedQuote(Quote(), AppFactory.DefaultNow)).Key);
    }
}
