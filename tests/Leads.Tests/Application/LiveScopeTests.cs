using System.Globalization;
using SalesSuite.Leads.Application.Live;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Tests.Application;

public sealed class LiveScopeTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Given_viewers_When_keyed_Then_the_same_owners_share_a_key_and_any_difference_in_owners_or_culture_does_not()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        var manager = LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a, b }), Zh, Zh);

        Assert.Equal(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { b, a }), Zh, Zh));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a }), Zh, Zh));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a, b, c }), Zh, Zh));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a, b }), En, En));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, false, new HashSet<Guid> { a, b }), Zh, En));
        Assert.Equal(LiveScope.Of(new Visibility(a, true, new HashSet<Guid> { a }), Zh, Zh),
            LiveScope.Of(new Visibility(c, true, new HashSet<Guid> { c }), Zh, Zh));
        Assert.NotEqual(manager, LiveScope.Of(new Visibility(a, true, new HashSet<Guid> { a, b }), Zh, Zh));
    }
}
