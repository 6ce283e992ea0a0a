using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class StageTaskConfiguration : IEntityTypeConfiguration<StageTask>
{
    public void Configure(EntityTypeBuilder<StageTask> b)
    {
        b.ToTable("StageTasks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Role).HasMaxLength(50).IsRequired();
        b.Property(x => x.Title).HasMaxLength(300).IsRequired();
        b.Property(x => x.Details).HasMaxLength(4000).IsRequired();
        b.Ignore(x => x.IsOpen);
        b.HasIndex(x => new { x.AssigneeId, x.DoneAt });
        b.HasIndex(x => new { x.DoneAt, x.DueAt });
        b.HasIndex(x => new { x.Role, x.DoneAt });
        b.HasIndex(x => x.DealId);
    }
}
