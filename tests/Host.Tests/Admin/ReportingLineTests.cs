using SalesSuite.Host.Identity;

namespace SalesSuite.Host.Tests.Admin;

public sealed class ReportingLineTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid();

    [Fact]
    public void Given_a_chain_When_the_top_would_report_to_the_bottom_Then_it_is_a_cycle()
    {
        var managerOf = new Dictionary<Guid, Guid?> { [A] = null, [B] = A, [C] = B };
        Assert.True(ReportingLine.WouldCycle(A, C, managerOf));
        Assert.True(ReportingLine.WouldCycle(A, A, managerOf));
        Assert.False(ReportingLine.WouldCycle(C, A, managerOf));
        Assert.False(ReportingLine.WouldCycle(A, null, managerOf));
    }

    [Fact]
    public void Given_an_existing_loop_elsewhere_When_checking_Then_the_walk_ends_without_a_false_alarm()
    {
        var managerOf = new Dictionary<Guid, Guid?> { [B] = C, [C] = B, [D] = null };
        Assert.False(ReportingLine.WouldCycle(D, B, managerOf));
    }
}
