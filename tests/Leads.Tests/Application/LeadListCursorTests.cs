using NodaTime;
using SalesSuite.Leads.Application.LeadList;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Application;

public sealed class LeadListCursorTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);

    private static LeadListRow Row(Instant? deadline) =>
        new(Guid.NewGuid(), "甲公司", "王磊", "13800138000", "官网表单", LeadStatus.Claimed, Guid.NewGuid(), Now, deadline);

    [Fact]
    public void Given_a_row_with_a_deadline_When_the_deadline_sort_pages_Then_the_cursor_is_by_deadline_and_round_trips()
    {
        var row = Row(Now + Duration.FromHours(2));

        var token = LeadListCursor.After(LeadListSort.Deadline, row).Encode();

        Assert.True(LeadListCursor.TryParse(token, LeadListSort.Deadline, out var cursor));
        Assert.Equal(new LeadListCursor(LeadListSort.Deadline, false, row.ReleaseDeadline!.Value, row.Id), cursor);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Given_a_row_without_a_deadline_When_paging_Then_the_cursor_is_by_claim_time()
    {
        var row = Row(null);
        Assert.True(LeadListCursor.TryParse(LeadListCursor.After(LeadListSort.Deadline, row).Encode(), LeadListSort.Deadline, out var c));
        Assert.Equal((true, Now, row.Id), (c!.ByClaim, c.At, c.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("!!!")]
    [InlineData("MS5SZWNlbnQuYy4xMjM")]
    public void Given_a_damaged_token_When_parsing_Then_it_is_refused(string token) =>
        Assert.False(LeadListCursor.TryParse(token, LeadListSort.Recent, out _));

    [Fact]
    public void Given_a_cursor_of_another_sort_When_parsing_Then_it_is_refused()
    {
        var token = LeadListCursor.After(LeadListSort.Recent, Row(null)).Encode();
        Assert.True(LeadListCursor.TryParse(token, LeadListSort.Recent, out _));
        Assert.False(LeadListCursor.TryParse(token, LeadListSort.Oldest, out _));
        Assert.False(LeadListCursor.TryParse(token, LeadListSort.Deadline, out _));
    }

    [Fact]
    public void Given_counts_below_and_above_the_bound_Then_exact_or_bounded_text()
    {
        var counts = new LeadListCounts(LeadListQueries.CountBound + 1, 1234);
        Assert.Equal(("10,000+", "1,234", "10,000+"), (counts.ClaimedText, counts.AssignedText, counts.OpenText));
        Assert.Equal("1,244", new LeadListCounts(10, 1234).OpenText);
    }
}
