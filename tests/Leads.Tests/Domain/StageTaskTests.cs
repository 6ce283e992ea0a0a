using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class StageTaskTests
{
    private static StageTask NewTask() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Roles.Tech, "滤芯项目 → 样品测试", "设备参数: 50m³/h", Instant.FromUtc(2026, 11, 23, 1, 0));

    [Theory]
    [InlineData(Roles.Tech, false, true)]
    [InlineData(Roles.Salesperson, false, false)]
    [InlineData(Roles.Finance, false, false)]
    [InlineData(Roles.Salesperson, true, true)]
    public void Given_a_tech_task_When_checking_who_may_complete_it_Then_only_its_role_or_managers(string role, bool manager, bool expected) =>
        Assert.Equal(expected, NewTask().CanComplete(Guid.NewGuid(), r => r == role, manager));

    [Fact]
    public void Given_a_done_task_When_completing_again_Then_it_throws_and_keeps_the_first_completion()
    {
        var task = NewTask();
        var by = Guid.NewGuid();
        task.Complete(by, Instant.FromUtc(2026, 11, 24, 1, 0));
        Assert.Throws<DomainException>(() => task.Complete(Guid.NewGuid(), Instant.FromUtc(2026, 11, 25, 1, 0)));
        Assert.Equal(by, task.DoneBy);
        Assert.False(task.IsOpen);
    }

    [Fact]
    public void Given_field_values_When_formatting_details_Then_filled_fields_are_listed_in_order()
    {
        var details = StageTask.FormatDetails([("设备参数", "流量 50m³/h"), ("样品测试完成日期", null), ("压价幅度", "5")]);
        Assert.Equal("设备参数: 流量 50m³/h\n压价幅度: 5", details);
    }
}
