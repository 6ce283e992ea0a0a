using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Data.Configurations;

internal sealed class WeeklyPlanConfiguration : IEntityTypeConfiguration<WeeklyPlan>
{
    public void Configure(EntityTypeBuilder<WeeklyPlan> b)
    {
        b.ToTable("Plans");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // One plan per person and week.
        b.HasIndex(x => new { x.UserId, x.WeekStart }).IsUnique();
        b.HasIndex(x => x.WeekStart);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.WeekEnd);
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.ToTable("PlanItems");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.CustomerName).HasMaxLength(GoalCustomer.NameMaxLength);
        b.Property(x => x.ProductLine).HasMaxLength(PlanItem.ProductMaxLength);
        b.Property(x => x.Note).HasMaxLength(PlanItem.NoteMaxLength);
        b.HasIndex(x => new { x.UserId, x.Day });
        b.HasIndex(x => x.PlanId);
    }
}

internal sealed class MissedAlertConfiguration : IEntityTypeConfiguration<MissedAlert>
{
    public void Configure(EntityTypeBuilder<MissedAlert> b)
    {
        b.ToTable("MissedAlerts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // Raised once per person, action type and streak end day, across ticks and hosts.
        b.HasIndex(x => new { x.UserId, x.ActionTypeId, x.LastDay }).IsUnique();
    }
}
