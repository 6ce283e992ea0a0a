using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> b)
    {
        b.ToTable("Stages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.HasMany(x => x.Fields).WithOne().HasForeignKey(f => f.StageId);
        b.HasMany(x => x.Triggers).WithOne().HasForeignKey(t => t.StageId);
        b.HasIndex(x => new { x.PipelineId, x.Position });
    }
}
