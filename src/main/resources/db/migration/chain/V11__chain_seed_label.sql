-- The seed set holds more than intensities since V9 and V10: say so.
update chain_coefficient_set
set label = 'RESEARCH.md seed: §1.6 technical and §1.5 MIIT-2024 apparent intensities, §2.3–2.4 anode inputs, §3 prices and utilization'
where id = 1 and created_by = 'system';
