using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> b)
    {
        b.ToTable("ApprovalSteps");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.VersionLabel).HasMaxLength(20);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Role).HasMaxLength(50);
        b.Property(x => x.Comment).HasMaxLength(1000);
        b.HasIndex(x => new { x.Status, x.Role });
        // The approver's queue in its order and its counts (active steps of a role, due soonest first), and
        // "does a step of this quote carry my role" for the list's visibility (it also serves the foreign key).
        b.HasIndex(x => new { x.Role, x.Status, x.DueAt, x.Id });
        b.HasIndex(x => new { x.QuoteId, x.Role });
    }
}
