using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Tests.Domain;

/// <summary>The aging rule: days past the due date on the Shanghai business day, in buckets 1–30, 31–60, 61–90, over 90.</summary>
public sealed class AgeBucketTests
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    [Theory]
    [InlineData(-5, AgeBucket.Current)]
    [InlineData(0, AgeBucket.Current)]
    [InlineData(1, AgeBucket.Days1To30)]
    [InlineData(30, AgeBucket.Days1To30)]
    [InlineData(31, AgeBucket.Days31To60)]
    [InlineData(60, AgeBucket.Days31To60)]
    [InlineData(61, AgeBucket.Days61To90)]
    [InlineData(90, AgeBucket.Days61To90)]
    [InlineData(91, AgeBucket.Over90)]
    [InlineData(400, AgeBucket.Over90)]
    public void Given_a_due_date_so_many_days_ago_When_bucketed_Then_the_bucket_follows_the_boundaries(int daysAgo, AgeBucket expected)
    {
        var due = Today.PlusDays(-daysAgo);

        Assert.Equal(expected, AgeBuckets.Of(due, Today));
        Assert.Equal(Math.Max(0, daysAgo), AgeBuckets.DaysOverdue(due, Today));
    }

    [Fact]
    public void Given_every_due_date_over_a_year_When_the_database_ranges_are_used_Then_each_date_falls_in_exactly_its_own_bucket()
    {
        for (var daysAgo = -30; daysAgo <= 400; daysAgo++)
        {
            var due = Today.PlusDays(-daysAgo);
            var holding = AgeBuckets.All.Where(b => AgeBuckets.Range(b, Today).Contains(due)).ToList();

            Assert.Equal([AgeBuckets.Of(due, Today)], holding);
        }
    }

    [Fact]
    public void Given_no_due_date_Then_it_is_current()
    {
        Assert.Equal(AgeBucket.Current, AgeBuckets.Of(null, Today));
        Assert.Equal(0, AgeBuckets.DaysOverdue(null, Today));
    }

    [Fact]
    public void Given_00_30_in_Shanghai_still_the_day_before_in_UTC_When_due_yesterday_Then_1_day_overdue_in_the_1_to_30_bucket()
    {
        // 2026-11-22 16:30 UTC is 2026-11-23 00:30 in Asia/Shanghai: the business day has already turned.
        var clock = new BusinessClock(new FakeClock(Instant.FromUtc(2026, 11, 22, 16, 30)), Options.Create(new BusinessTimeOptions()));
        var due = new LocalDate(2026, 11, 22);

        Assert.Equal(new LocalDate(2026, 11, 23), clock.Today);
        Assert.Equal(1, AgeBuckets.DaysOverdue(due, clock.Today));
        Assert.Equal(AgeBucket.Days1To30, AgeBuckets.Of(due, clock.Today));
        // One minute before midnight in Shanghai it is still the due date: not overdue.
        var before = new BusinessClock(new FakeClock(Instant.FromUtc(2026, 11, 22, 15, 59)), Options.Create(new BusinessTimeOptions()));
        Assert.Equal(AgeBucket.Current, AgeBuckets.Of(due, before.Today));
    }
}
