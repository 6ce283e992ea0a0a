using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Contracts;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Health's CustomerGraded in Leads: the newest grade with its factors on the customer page, a column and filter on the list.</summary>
public sealed class CustomerGradeTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private static CustomerGraded Graded(Guid customerId, string grade, Instant at) => new(
        EventId: Guid.NewGuid(), OccurredAt: at, ActorUserId: null, CustomerId: customerId, Grade: grade, Score: 86.5m, PreviousGrade: null,
        Factors: [new GradeFactor("payment", 0.30m, 95m), new GradeFactor("speed", 0.25m, 80m), new GradeFactor("tier", 0.25m, 90m),
                  new GradeFactor("competition", 0.20m, 75m)]);

    [Fact]
    public async Task Given_a_grade_When_delivered_twice_and_an_older_one_arrives_Then_the_page_and_list_show_the_newest()
    {
        var customerId = await factory.QueryAsync(db => db.Customers.Where(c => c.Name.Contains("恒清")).Select(c => c.Id).SingleAsync());
        var now = factory.Clock.GetCurrentInstant();
        var graded = Graded(customerId, "A", now);
        await factory.ConsumeAsync(graded);
        await factory.ConsumeAsync(graded);
        await factory.ConsumeAsync(Graded(customerId, "C", now - Duration.FromHours(72)));

        var grade = await factory.QueryAsync(db => db.CustomerGrades.SingleAsync(g => g.CustomerId == customerId));
        Assert.Equal(("A", 86.5m, now), (grade.Grade, grade.Score, grade.GradedAt));
        var client = await factory.SignInAsync("sales01", "en");
        var page = await client.GetStringAsync($"/Leads/Customers/Detail/{customerId}");
        Assert.Contains(">A</span>", Published.Fragment(page, "customer-grade", "</p>"));
        var factors = Published.Fragment(page, "grade-card", "</section>");
        Assert.Contains("Payment punctuality", factors);
        Assert.Contains("30%", factors);
        Assert.Contains("Competitor presence", factors);

        var filtered = await client.GetStringAsync("/Leads/Customers?grade=A");
        Assert.Contains("绍兴恒清过滤设备有限公司", filtered);
        Assert.DoesNotContain("宁波海天精密机械有限公司", filtered);
        Assert.DoesNotContain("绍兴恒清", await client.GetStringAsync("/Leads/Customers?grade=C"));
        var ungraded = await client.GetStringAsync("/Leads/Customers?grade=none");
        Assert.Contains("宁波海天精密机械有限公司", ungraded);
        Assert.DoesNotContain("绍兴恒清", ungraded);
    }

    [Fact]
    public async Task Given_a_newer_grading_When_delivered_Then_it_replaces_the_grade_and_the_list_filters_by_it()
    {
        var customerId = await factory.QueryAsync(db => db.Customers.Where(c => c.Name.Contains("海天")).Select(c => c.Id).SingleAsync());
        var now = factory.Clock.GetCurrentInstant();
        await factory.ConsumeAsync(Graded(customerId, "B", now - Duration.FromHours(72)));
        await factory.ConsumeAsync(Graded(customerId, "A+", now + Duration.FromMinutes(1)));

        Assert.Equal(
            "A+", await factory.QueryAsync(db => db.CustomerGrades.Where(g => g.CustomerId == customerId).Select(g => g.Grade).SingleAsync()));
        var client = await factory.SignInAsync("sales01");
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/Leads/Customers?grade=A%2B"));
        Assert.Contains("宁波海天精密机械有限公司", list);
        Assert.Contains("data-testid=\"grade\">A+</span>", list);
    }
}
