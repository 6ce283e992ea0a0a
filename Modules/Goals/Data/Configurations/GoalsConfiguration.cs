using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Data.Configurations;

internal sealed class GoalsSettingsConfiguration : IEntityTypeConfiguration<GoalsSettings>
{
    public void Configure(EntityTypeBuilder<GoalsSettings> b)
    {
        b.ToTable("Settings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.RewardSharePercent).HasPrecision(5, 2);
        b.Property(x => x.RewardTopPercent).HasPrecision(5, 2);
        b.OwnsMany(x => x.Template, t =>
        {
            t.ToJson();
            t.Property(p => p.ActionCode).HasMaxLength(KeyActionType.CodeMaxLength);
        });
        b.Navigation(x => x.Template).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class KeyActionTypeConfiguration : IEntityTypeConfiguration<KeyActionType>
{
    public void Configure(EntityTypeBuilder<KeyActionType> b)
    {
        b.ToTable("ActionTypes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(KeyActionType.CodeMaxLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.NameZh).HasMaxLength(KeyActionType.NameMaxLength).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(KeyActionType.NameMaxLength).IsRequired();
        b.Property(x => x.Description).HasMaxLength(KeyActionType.DescriptionMaxLength);
        b.Property(x => x.HowToUrl).HasMaxLength(KeyActionType.UrlMaxLength);
        b.Property(x => x.DrivesMetric).HasConversion<string>().HasMaxLength(30);
        // The evidence standard: columns of the action type (EF owned type), so a rule is one row.
        b.OwnsOne(x => x.Rule, r =>
        {
            r.Property(p => p.EventType).HasColumnName("RuleEvent").HasMaxLength(60).IsRequired();
            r.Property(p => p.Value).HasColumnName("RuleValue").HasMaxLength(EvidenceRule.ValueMaxLength);
            r.Property(p => p.MinNumber).HasColumnName("RuleMinNumber");
            r.Property(p => p.Flag).HasColumnName("RuleFlag");
            r.Property(p => p.MinAttachments).HasColumnName("RuleMinAttachments");
            r.Property(p => p.CreditTo).HasColumnName("RuleCreditTo").HasConversion<string>().HasMaxLength(10);
            r.Property(p => p.KeyCustomersOnly).HasColumnName("RuleKeyCustomersOnly");
            r.Property(p => p.ActorNotOwner).HasColumnName("RuleActorNotOwner");
        });
        b.Navigation(x => x.Rule).IsRequired();
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.ToTable("Targets");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Metric).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ScopeName).HasMaxLength(Target.NameMaxLength).IsRequired();
        b.Property(x => x.Amount).HasPrecision(18, 2);
        // One target per period, scope and metric.
        b.HasIndex(x => new { x.PeriodKind, x.PeriodStart, x.Scope, x.ScopeId, x.Metric }).IsUnique();
        b.HasIndex(x => x.ParentId);
        b.OwnsMany(x => x.KeyActions, k => k.ToJson());
        b.Navigation(x => x.KeyActions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActionContractConfiguration : IEntityTypeConfiguration<ActionContract>
{
    public void Configure(EntityTypeBuilder<ActionContract> b)
    {
        b.ToTable("Contracts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => new { x.UserId, x.PeriodKind, x.PeriodStart }).IsUnique();
        b.HasIndex(x => new { x.PeriodKind, x.PeriodStart });
        b.OwnsMany(x => x.Lines, l =>
        {
            l.ToJson();
            l.Property(p => p.Source).HasConversion<string>();
            l.Property(p => p.Note).HasMaxLength(ContractLine.NoteMaxLength);
        });
        b.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EvidenceFactConfiguration : IEntityTypeConfiguration<EvidenceFact>
{
    public void Configure(EntityTypeBuilder<EvidenceFact> b)
    {
        b.ToTable("Facts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.EventType).HasMaxLength(60).IsRequired();
        b.Property(x => x.Value).HasMaxLength(EvidenceFact.ValueMaxLength);
        b.Property(x => x.Summary).HasMaxLength(EvidenceFact.SummaryMaxLength);
        b.Property(x => x.Link).HasMaxLength(EvidenceFact.LinkMaxLength);
        b.Property(x => x.Metric).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.HasIndex(x => new { x.EventType, x.Day });
        b.HasIndex(x => new { x.Metric, x.Day });
        b.HasIndex(x => new { x.OwnerId, x.Day });
    }
}

internal sealed class EvidenceMatchConfiguration : IEntityTypeConfiguration<EvidenceMatch>
{
    public void Configure(EntityTypeBuilder<EvidenceMatch> b)
    {
        b.ToTable("Matches");
        b.HasKey(x => new { x.FactId, x.ActionTypeId });
        // Covering for the progress heatmaps' GROUP BY (person × action type over a period): (UserId, Day, ActionTypeId) for
        // a list of people, (UserId, ActionTypeId, Day) for everyone (skip-scan, no temporary b-tree). The first also
        // serves EvidenceService.CountsAsync, which (UserId, Day) served before.
        b.HasIndex(x => new { x.UserId, x.Day, x.ActionTypeId });
        b.HasIndex(x => new { x.UserId, x.ActionTypeId, x.Day });
        b.HasIndex(x => new { x.ActionTypeId, x.Day });
    }
}

internal sealed class GoalCustomerConfiguration : IEntityTypeConfiguration<GoalCustomer>
{
    public void Configure(EntityTypeBuilder<GoalCustomer> b)
    {
        b.ToTable("Customers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(40).IsRequired();
        b.Property(x => x.Name).HasMaxLength(GoalCustomer.NameMaxLength).IsRequired();
        b.Property(x => x.Grade).HasMaxLength(5);
        b.Property(x => x.ProductLines).HasMaxLength(500);
        b.HasIndex(x => x.OwnerId);
        b.Ignore(x => x.IsKey);
        b.Ignore(x => x.Products);
    }
}
